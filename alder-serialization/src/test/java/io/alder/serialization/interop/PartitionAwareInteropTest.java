package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.serialization.Data;
import io.alder.serialization.MurmurHash3;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.PartitionAware;
import io.alder.serialization.Partitions;
import io.alder.serialization.interop.PortableTypes.Inner;
import java.io.IOException;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Partition-aware keys: the partition key's hash in the header, as a 3.12 client writes it. */
class PartitionAwareInteropTest {

    private static final int FACTORY_ID = 2;

    private static final Sides SIDES = Sides.builder()
            .identifiedFactory(FACTORY_ID, classId -> new OrderKey())
            .portableFactory(PortableTypes.FACTORY_ID, PortableTypes::create)
            .build();

    @Test
    void partitionKeyHashIsInTheHeader() {
        OrderKey key = new OrderKey("order-1", "key1");

        SIDES.assertInterop(key);
        Data data = SIDES.alder.toData(key);
        assertThat(Sides.hex(data.bytes())).startsWith("68984e82" + "fffffffe");
        assertThat(Partitions.partitionId(data, 271)).isEqualTo(Partitions.partitionId(SIDES.alder.toData("key1"), 271))
                .isEqualTo(43);
    }

    @Test
    void partitionKeysWithSupplementaryCharacters() {
        SIDES.assertInterop(new OrderKey("o", "\uD83D\uDE00 customer"));
    }

    @Test
    void portablePartitionKey() {
        SIDES.assertInterop(new OrderKey("o", new Inner("by portable", 7)));
    }

    @Test
    void partitionKeyOfThePartitionKeyIsIgnored() {
        OrderKey inner = new OrderKey("inner", "key2");
        OrderKey key = new OrderKey("outer", inner);

        SIDES.assertInterop(key);
        byte[] innerBytes = SIDES.alderBytes(inner);
        int innerPayloadHash = MurmurHash3.hash32(innerBytes, Data.PAYLOAD_OFFSET,
                innerBytes.length - Data.PAYLOAD_OFFSET, MurmurHash3.DEFAULT_SEED);
        assertThat(SIDES.alder.toData(key).storedPartitionHash()).isEqualTo(innerPayloadHash)
                .isNotEqualTo(SIDES.alder.toData("key2").partitionHash());
    }

    @Test
    void nullOrSelfPartitionKeyMeansHashThePayload() {
        OrderKey noKey = new OrderKey("o", null);
        OrderKey self = new OrderKey("self", null);
        self.customer = self;

        SIDES.assertInterop(noKey);
        assertThat(SIDES.alder.toData(noKey).storedPartitionHash()).isZero();
        assertThat(Sides.hex(SIDES.alderBytes(self))).isEqualTo(Sides.hex(SIDES.referenceBytes(self)));
        assertThat(SIDES.alder.toData(self).storedPartitionHash()).isZero();
    }

    /** An identified key routed by its customer (any serializable object, or itself). */
    static final class OrderKey extends TwinIdentified
            implements PartitionAware<Object>, com.hazelcast.core.PartitionAware<Object> {

        String order;
        Object customer;

        OrderKey() {
        }

        OrderKey(String order, Object customer) {
            this.order = order;
            this.customer = customer;
        }

        @Override
        public Object getPartitionKey() {
            return customer;
        }

        @Override
        public int getFactoryId() {
            return FACTORY_ID;
        }

        @Override
        public int getId() {
            return 1;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeUTF(order);
            out.writeObject(customer == this ? null : customer);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            order = in.readUTF();
            customer = in.readObject();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OrderKey k && Objects.equals(order, k.order) && Objects.equals(customer, k.customer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(order);
        }

        @Override
        public String toString() {
            return "OrderKey{" + order + ", " + customer + '}';
        }
    }
}
