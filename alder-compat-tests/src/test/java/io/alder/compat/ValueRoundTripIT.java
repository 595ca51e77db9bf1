package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/** Values and keys that stress the framing and the string encoding: 8 MiB blobs and non-ASCII text. */
class ValueRoundTripIT extends CompatSuite {

    /** The size the golden capture used: it travels as one unfragmented frame each way. */
    private static final int EIGHT_MIB = 8 * 1024 * 1024;

    @OnEveryClientServerAndRouting
    @DisplayName("an 8 MiB byte[] value survives put and get")
    void eightMebibyteValue(Target target) {
        MapView<String, byte[]> map = client(target).getMap(uniqueName());
        byte[] big = new byte[EIGHT_MIB];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }

        assertThat(map.put("big", big)).isNull();

        byte[] read = map.get("big");
        assertThat(read).hasSize(EIGHT_MIB);
        assertThat(read).isEqualTo(big);
        assertThat(map.put("big", new byte[] {1})).isEqualTo(big);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("unicode keys, values and map names, supplementary characters included, survive every read path")
    void unicodeKeysAndValues(Target target) {
        MapView<String, String> map = client(target).getMap("карта-😀-" + uniqueName());
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("hé€😀", "välue-€-😀");
        entries.put("日本語のキー", "値");
        entries.put("ключ", "значение");
        entries.put("𝄞 clef", "🎼🎵");
        entries.put("", "empty key");

        entries.forEach(map::put);

        entries.forEach((key, value) -> {
            assertThat(map.get(key)).as(key).isEqualTo(value);
            assertThat(map.containsKey(key)).as(key).isTrue();
        });
        assertThat(map.containsValue("välue-€-😀")).isTrue();
        assertThat(map.keySet()).containsExactlyInAnyOrderElementsOf(entries.keySet());
        assertThat(map.values()).containsExactlyInAnyOrderElementsOf(entries.values());
        assertThat(map.getAll(entries.keySet())).containsExactlyInAnyOrderEntriesOf(entries);
        assertThat(map.entrySet()).contains(entry("hé€😀", "välue-€-😀"));
        assertThat(map.remove("hé€😀")).isEqualTo("välue-€-😀");
        assertThat(map.containsKey("hé€😀")).isFalse();
    }
}
