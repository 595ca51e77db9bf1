package io.alder.benchmarks.load;

/** Which Java client a load run drives the member with. */
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
    };

    /**
     * Connects to the member of {@code settings}.
     *
     * @throws IllegalStateException if the member cannot be reached or refuses the client
     */
    abstract LoadClient connect(LoadSettings settings);
}
