package io.alder.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Test vectors of the protocol fact sheet, section 8.4, produced by the 3.12.13 serializer. */
class PartitionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "String hello,        00000000fffffff50000000568656c6c6f,                       1985248981, 270",
        "String empty,        00000000fffffff500000000,                                 923237662,  11",
        "String unicode,      00000000fffffff50000000568c3a9e282aceda0bdedb880,         -907536006, 95",
        "Integer 42,          00000000fffffff90000002a,                                 2076340387, 175",
        "Long 42,             00000000fffffff8000000000000002a,                         1624962215, 145",
        "String key1,         00000000fffffff5000000046b657931,                         1754812034, 43",
        "String key2,         00000000fffffff5000000046b657932,                         -168018467, 93",
        "String foo,          00000000fffffff500000003666f6f,                           947302427,  247",
        "Integer 100,         00000000fffffff900000064,                                 -532797785, 132",
        "PartitionAware key1, 68984e82ffffff9c0102,                                     1754812034, 43",
    })
    void partitionOfKnownKeys(String name, String hex, int hash, int partition) {
        Data data = Data.wrap(HexFormat.of().parseHex(hex));

        assertThat(data.partitionHash()).isEqualTo(hash);
        assertThat(Partitions.partitionId(data, 271)).isEqualTo(partition);
    }

    @Test
    void rawMurmurVectors() {
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        assertThat(MurmurHash3.hash32(hello, 0, hello.length, MurmurHash3.DEFAULT_SEED)).isEqualTo(1425223722);
        assertThat(MurmurHash3.hash32(new byte[0], 0, 0, MurmurHash3.DEFAULT_SEED)).isEqualTo(-1585187909);
    }

    @Test
    void hashToIndexEdges() {
        assertThat(Partitions.hashToIndex(Integer.MIN_VALUE, 271)).isZero();
        assertThat(Partitions.hashToIndex(-5, 271)).isEqualTo(5);
    }

    @Test
    void nameRoutingUsesTextAfterTheFirstAt() {
        assertThat(Partitions.partitionIdOfName("key1", 271)).isEqualTo(43);
        assertThat(Partitions.partitionIdOfName("queue@key1", 271)).isEqualTo(43);
        assertThat(Partitions.partitionIdOfName("my-map", 271)).isEqualTo(189);
    }
}
