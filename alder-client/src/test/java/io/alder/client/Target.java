package io.alder.client;

import java.util.stream.Stream;

/** One combination a scenario runs in: which server, and whether the client routes smartly or not. */
record Target(ServerKind server, boolean smartRouting) {

    /** Every selected server with both routing modes; a parameter source for the suites. */
    static Stream<Target> all() {
        return ServerKind.selected().flatMap(kind -> Stream.of(new Target(kind, true), new Target(kind, false)));
    }

    @Override
    public String toString() {
        return server + ", " + (smartRouting ? "smart" : "unisocket");
    }
}
