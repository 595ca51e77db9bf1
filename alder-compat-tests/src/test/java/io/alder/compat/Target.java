package io.alder.compat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/** One combination a scenario runs in: which server, and which client routing mode. */
record Target(ServerKind server, Routing routing) {

    /** Every selected server with every routing mode; a parameter source for the suites. */
    static Stream<Target> all() {
        return ServerKind.selected()
                .flatMap(kind -> Arrays.stream(Routing.values()).map(routing -> new Target(kind, routing)));
    }

    @Override
    public String toString() {
        return server + ", " + routing.name().toLowerCase(Locale.ROOT);
    }
}
