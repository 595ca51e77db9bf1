package io.alder.benchmarks.load;

/** Which client a load run drives the member with. */
public enum ClientKind {

    /** The official 3.12.13 Java client. */
    OFFICIAL {
        @Override
        LoadClient connect(LoadSettings settings) {
            return OfficialLoadClient.connect(settings);
        }
    },

    /** Alder's own Java client. */
    ALDER {
        @Override
        LoadClient connect(LoadSettings settings) {
            return AlderLoadClient.connect(settings);
        }
    },

    /** A Geode protobuf v1 client on the member's Geode endpoint: maps (regions), sync calls only. */
    GEODE {
        @Override
        LoadClient connect(LoadSettings settings) {
            return GeodeLoadClient.connect(settings);
        }
    };

    /**
     * Connects to the member of {@code settings}.
     *
     * @throws IllegalStateException if the member cannot be reached or refuses the client
     */
    abstract LoadClient connect(LoadSettings settings);
}
