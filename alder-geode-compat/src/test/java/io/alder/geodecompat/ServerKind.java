package io.alder.geodecompat;

import java.util.List;

/** The two servers every scenario runs against. */
enum ServerKind {

    /** A real Geode 1.14.4 cache server in the test JVM: the source of truth for expected results. */
    GEODE("Geode 1.14.4 server") {
        @Override
        ServerUnderTest start(boolean secured, List<String> regions) {
            return GeodeServer.start(secured, regions);
        }
    },

    /** An Alder member in the test JVM. */
    ALDER("Alder member") {
        @Override
        ServerUnderTest start(boolean secured, List<String> regions) {
            return AlderMember.start(secured, regions);
        }
    };

    private final String displayName;

    ServerKind(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Starts a server of this kind on free loopback ports, secured (accepting only {@link ServerUnderTest#USERNAME}
     * and {@link ServerUnderTest#PASSWORD}) or not, with {@code regions} defined.
     */
    abstract ServerUnderTest start(boolean secured, List<String> regions);

    @Override
    public String toString() {
        return displayName;
    }
}
