package io.alder.compat;

/** The two Java clients the client-neutral suites run every scenario with. */
public enum ClientKind {

    /** The official Hazelcast 3.12.13 Java client. */
    OFFICIAL("official 3.12.13 client") {
        @Override
        public ClientUnderTest start(String address, Routing routing) {
            return OfficialClient.start(address, routing);
        }
    },

    /** Alder's own Java client. */
    ALDER("Alder client") {
        @Override
        public ClientUnderTest start(String address, Routing routing) {
            return AlderJavaClient.start(address, routing);
        }
    };

    private final String displayName;

    ClientKind(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Connects a new client of this kind to the member at {@code address} ({@code host:port});
     * the caller closes it.
     */
    public abstract ClientUnderTest start(String address, Routing routing);

    @Override
    public String toString() {
        return displayName;
    }
}
