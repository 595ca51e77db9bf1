package io.alder.compat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/** One combination a scenario runs in: which server, which client routing mode, and which Java client. */
record Target(ServerKind server, Routing routing, ClientKind client) {

    /** Every selected server with every routing mode and both clients; a parameter source. */
    static Stream<Target> all() {
        return Arrays.stream(ClientKind.values()).flatMap(Target::withClient);
    }

    /** Every selected server with every routing mode, with the official client only; a parameter source. */
    static Stream<Target> withOfficialClient() {
        return withClient(ClientKind.OFFICIAL);
    }

    /** Every selected server with every routing mode, with Alder's client only; a parameter source. */
    static Stream<Target> withAlderClient() {
        return withClient(ClientKind.ALDER);
    }

    private static Stream<Target> withClient(ClientKind client) {
        return ServerKind.selected().flatMap(server -> Arrays.stream(Routing.values())
                .map(routing -> new Target(server, routing, client)));
    }

    @Override
    public String toString() {
        return client + ", " + server + ", " + routing.name().toLowerCase(Locale.ROOT);
    }
}
