package io.alder.compat;

/** The Java clients' two routing modes. */
public enum Routing {

    /** Requests go straight to the owner of the key's partition. */
    SMART(true),

    /** Every request goes through one connection. */
    UNISOCKET(false);

    private final boolean smart;

    Routing(boolean smart) {
        this.smart = smart;
    }

    boolean smart() {
        return smart;
    }
}
