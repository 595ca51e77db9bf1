package io.alder.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.member.multimap.MultiMapSettings;
import io.alder.member.multimap.ValueCollectionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code multimap} section: each multimap name or pattern with its {@code value-collection-type}, as 3.12's. */
class MultiMapConfigTest {

    @Test
    void multiMapsKeepSetsByDefault() throws IOException {
        ServerConfig config = load("");

        assertThat(config.multiMaps()).isEqualTo(MultiMapSettings.DEFAULTS);
        assertThat(config.multiMaps().collectionTypeOf("any")).isEqualTo(ValueCollectionType.SET);
    }

    @Test
    void readsCollectionTypesByNameAndPattern() throws IOException {
        String yaml = """
                multimap:
                  default:
                    value-collection-type: LIST
                  tags-*:
                    value-collection-type: set
                  plain: {}
                """;

        ServerConfig config = load(yaml);

        assertThat(config.multiMaps().collectionTypes()).isEqualTo(Map.of("default", ValueCollectionType.LIST,
                "tags-*", ValueCollectionType.SET, "plain", ValueCollectionType.SET));
        assertThat(config.multiMaps().collectionTypeOf("tags-1")).isEqualTo(ValueCollectionType.SET);
        assertThat(config.multiMaps().collectionTypeOf("plain")).as("an entry without a type").isEqualTo(
                ValueCollectionType.SET);
        assertThat(config.multiMaps().collectionTypeOf("other")).isEqualTo(ValueCollectionType.LIST);
        assertThat(config.toBuilder().build().multiMaps()).isEqualTo(config.multiMaps());
    }

    @Test
    void badSettingsNameTheirKey() {
        assertThatThrownBy(() -> load("multimap:\n  tags:\n    value-collection-type: BAG\n"))
                .hasMessageContaining("'multimap.tags.value-collection-type' must be one of [SET, LIST], got BAG");
        assertThatThrownBy(() -> load("multimap:\n  tags:\n    binary: true\n"))
                .hasMessageContaining("unknown key 'multimap.tags.binary'");
        assertThatThrownBy(() -> load("multimap: LIST\n")).hasMessageContaining("'multimap' must be a mapping");
        assertThatThrownBy(() -> load("multimap:\n  a-*: {}\n  \"*-z\": {}\n"))
                .hasMessageContaining("'*-z' and 'a-*' match some names equally well");
    }

    @Test
    void theReadmeDocumentsTheDefault() throws IOException {
        assertThat(Files.readString(Path.of("..", "README.md")))
                .contains("| `multimap.<name>.value-collection-type` | `" + ValueCollectionType.SET + "` |");
    }

    private static ServerConfig load(String yaml) throws IOException {
        return ConfigLoader.apply(ServerConfig.builder(), yaml, "test.yaml").build();
    }
}
