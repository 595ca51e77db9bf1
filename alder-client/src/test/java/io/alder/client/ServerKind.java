package io.alder.client;

import com.hazelcast.core.HazelcastInstance;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.reference.ReferenceMembers;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The two members the client's end-to-end suites run against, in the test JVM on loopback: an embedded
 * reference 3.12.13 member ({@link ReferenceMembers}), the source of truth for expected results, and an Alder
 * member.
 */
enum ServerKind {

    REFERENCE("reference 3.12.13 member") {
        @Override
        TestServer start() {
            HazelcastInstance member = ReferenceMembers.startAlone();
            return new TestServer(this, ReferenceMembers.port(member), member::shutdown,
                    (key, value) -> member.getCluster().getLocalMember().setStringAttribute(key, value));
        }
    },

    ALDER("Alder member") {
        @Override
        TestServer start() {
            AlderServer server = AlderServer.start(ServerConfig.builder().host(TestServer.HOST).port(0)
                    .groupName(TestServer.GROUP).groupPassword(TestServer.PASSWORD).build());
            return new TestServer(this, server.address().getPort(), server::close,
                    server.engine().memberAttributes()::put);
        }
    };

    /** System property naming the servers to run against, comma separated; both when unset. */
    private static final String SELECTION_PROPERTY = "compat.servers";

    private final String displayName;

    ServerKind(String displayName) {
        this.displayName = displayName;
    }

    /** Starts a fresh member of this kind on a free loopback port. */
    abstract TestServer start();

    /** The servers selected by {@value #SELECTION_PROPERTY}; a parameter source for the suites. */
    static Stream<ServerKind> selected() {
        String selection = System.getProperty(SELECTION_PROPERTY, "").trim();
        if (selection.isEmpty()) {
            return Arrays.stream(values());
        }
        return Arrays.stream(selection.split(",")).map(name -> valueOf(name.trim().toUpperCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return displayName;
    }
}
