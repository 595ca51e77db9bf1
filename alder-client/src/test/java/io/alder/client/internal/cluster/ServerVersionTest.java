package io.alder.client.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerVersionTest {

    @Test
    void comparesMajorAndMinor() {
        assertThat(ServerVersion.atLeast("3.12.13", 3, 9)).isTrue();
        assertThat(ServerVersion.atLeast("3.9", 3, 9)).isTrue();
        assertThat(ServerVersion.atLeast("3.9-SNAPSHOT", 3, 9)).isTrue();
        assertThat(ServerVersion.atLeast("4.0", 3, 9)).isTrue();
        assertThat(ServerVersion.atLeast("3.8.9", 3, 9)).isFalse();
        assertThat(ServerVersion.atLeast(null, 3, 9)).isFalse();
        assertThat(ServerVersion.atLeast("unknown", 3, 9)).isFalse();
    }
}
