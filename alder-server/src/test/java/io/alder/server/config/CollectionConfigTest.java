package io.alder.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.member.MaxSizes;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code set} and {@code list} sections: a {@code max-size} per name or pattern, as 3.12 configures them. */
class CollectionConfigTest {

    @Test
    void setsAndListsAreUnboundedByDefault() throws IOException {
        ServerConfig config = load("");

        assertThat(config.sets()).isEqualTo(MaxSizes.unbounded("set"));
        assertThat(config.lists().capacityOf("any")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void readsMaxSizesOfSetsAndListsApart() throws IOException {
        String yaml = """
                set:
                  tags-*:
                    max-size: 5
                list:
                  default:
                    max-size: 100
                  todo: {}
                """;

        ServerConfig config = load(yaml);

        assertThat(config.sets().entries()).isEqualTo(Map.of("tags-*", 5));
        assertThat(config.sets().capacityOf("tags-1")).isEqualTo(5);
        assertThat(config.sets().capacityOf("other")).isEqualTo(Integer.MAX_VALUE);
        assertThat(config.lists().capacityOf("tags-1")).isEqualTo(100);
        assertThat(config.lists().capacityOf("todo")).as("an entry without max-size").isEqualTo(Integer.MAX_VALUE);
        ServerConfig copy = config.toBuilder().build();
        assertThat(copy.sets()).isEqualTo(config.sets());
        assertThat(copy.lists()).isEqualTo(config.lists());
    }

    @Test
    void refusesUnknownKeysAndNegativeSizes() {
        assertThatThrownBy(() -> load("set:\n  tags:\n    capacity: 3\n"))
                .hasMessageContaining("unknown key 'set.tags.capacity'");
        assertThatThrownBy(() -> load("list:\n  todo:\n    max-size: -1\n"))
                .hasMessageContaining("max size of list 'todo': -1");
        assertThatThrownBy(() -> load("sets:\n  tags: {}\n")).hasMessageContaining("unknown key 'sets'");
    }

    private static ServerConfig load(String yaml) throws IOException {
        return ConfigLoader.apply(ServerConfig.builder(), yaml, "test.yaml").build();
    }
}
