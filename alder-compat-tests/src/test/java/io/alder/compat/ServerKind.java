package io.alder.compat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/** The two servers every compatibility suite runs against. */
public enum ServerKind {

    /** An embedded official 3.12.13 member: the source of truth for expected results. */
    REFERENCE("reference 3.12.13 member") {
        @Override
        public ServerUnderTest start() {
            return ReferenceMember.start();
        }
    },

    /** An Alder member running in the test JVM. */
    ALDER("Alder member") {
        @Override
        public ServerUnderTest start() {
            return AlderMember.start();
        }
    };

    /**
     * System property naming the servers to run against, comma separated ({@code reference,alder});
     * both when unset.
     */
    static final String SELECTION_PROPERTY = "compat.servers";

    private final String displayName;

    ServerKind(String displayName) {
        this.displayName = displayName;
    }

    /** Starts a fresh member of this kind on a free loopback port. */
    public abstract ServerUnderTest start();

    /** The servers selected by {@value #SELECTION_PROPERTY}; a parameter source for the suites. */
    public static Stream<ServerKind> selected() {
        String selection = System.getProperty(SELECTION_PROPERTY, "").trim();
        if (selection.isEmpty()) {
            return Arrays.stream(values());
        }
        return Arrays.stream(selection.split(","))
                .map(name -> valueOf(name.trim().toUpperCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return displayName;
    }
}
