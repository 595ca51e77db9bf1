package io.alder.server.geode;

import static io.alder.server.geode.GeodeAnswers.assertClosedByServer;
import static io.alder.server.geode.GeodeAnswers.assertError;
import static io.alder.server.geode.GeodeAnswers.assertHazelcastClientServed;
import static io.alder.server.geode.GeodeMembers.GROUP_NAME;
import static io.alder.server.geode.GeodeMembers.GROUP_PASSWORD;
import static io.alder.testsupport.geode.GeodeTestClient.entry;
import static io.alder.testsupport.geode.GeodeTestClient.get;
import static io.alder.testsupport.geode.GeodeTestClient.getServer;
import static io.alder.testsupport.geode.GeodeTestClient.put;
import static io.alder.testsupport.geode.GeodeTestClient.putAll;
import static io.alder.testsupport.geode.GeodeTestClient.putIfAbsent;
import static io.alder.testsupport.geode.GeodeTestClient.regionNames;
import static io.alder.testsupport.geode.GeodeTestClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.Message;
import io.alder.server.AlderServer;
import io.alder.server.config.GeodeConfig;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.geode.GeodeTestClient;
import io.alder.testsupport.wire.RawClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the {@code geode.*} settings change: a dedicated port, Geode off on the main port, regions made by writes. */
class GeodeConfigurationIT {

    @Test
    void aDedicatedPortServesGeodeClientsAndClosesHazelcastClients() throws IOException {
        try (AlderServer member = start(GeodeConfig.DEFAULTS.withPort(0))) {
            InetSocketAddress geodePort = member.geodeAddress();
            assertThat(geodePort.getPort()).isNotEqualTo(member.address().getPort());

            try (GeodeTestClient client = GeodeTestClient.open(geodePort, GROUP_NAME, GROUP_PASSWORD)) {
                client.call(put("dedicated", string("k"), string("v")));
                assertThat(client.call(get("dedicated", string("k"))).getGetResponse().getResult())
                        .isEqualTo(string("v"));
            }
            assertThatThrownBy(() -> RawClient.authenticated(geodePort, GROUP_NAME, GROUP_PASSWORD))
                    .isInstanceOf(IOException.class);

            try (GeodeTestClient client = GeodeTestClient.open(member.address(), GROUP_NAME, GROUP_PASSWORD)) {
                assertThat(client.call(get("dedicated", string("k"))).getGetResponse().getResult())
                        .isEqualTo(string("v"));
            }
            assertHazelcastClientServed(member);
        }
    }

    @Test
    void getServerOnEitherPortNamesTheDedicatedPort() throws IOException {
        try (AlderServer member = start(GeodeConfig.DEFAULTS.withPort(0))) {
            for (InetSocketAddress port : List.of(member.address(), member.geodeAddress())) {
                try (GeodeTestClient client = GeodeTestClient.open(port, GROUP_NAME, GROUP_PASSWORD)) {
                    Message answer = client.call(getServer(""));

                    assertThat(answer.getGetServerResponse().getServer().getPort())
                            .isEqualTo(member.geodeAddress().getPort());
                }
            }
        }
    }

    @Test
    void withGeodeDisabledTheMainPortDoesNotServeGeodeClientsButStillServesHazelcastClients() throws IOException {
        try (AlderServer member = start(GeodeConfig.DEFAULTS.withEnabled(false))) {
            assertThat(member.geodeAddress()).isNull();

            try (GeodeTestClient client = GeodeTestClient.connect(member.address())) {
                client.sendRaw(WireBytes.bytes("0A 0D 01 00 00 00 15 01 00 00 00"));
                assertClosedByServer(client);
            }
            assertHazelcastClientServed(member);
        }
    }

    /** {@code geode.enabled} is about the main port: a member can serve Geode clients on their own port only. */
    @Test
    void withGeodeDisabledADedicatedPortStillServesGeodeClients() throws IOException {
        try (AlderServer member = start(GeodeConfig.DEFAULTS.withEnabled(false).withPort(0));
             GeodeTestClient client = GeodeTestClient.open(member.geodeAddress(), GROUP_NAME, GROUP_PASSWORD)) {
            assertThat(client.call(put("own-port", string("k"), string("v"))).hasPutResponse()).isTrue();
        }
    }

    @Test
    void withoutRegionCreationOnWriteOnlyConfiguredRegionsCanBeWritten() throws IOException {
        try (AlderServer member = start(GeodeConfig.DEFAULTS.withCreateRegionsOnWrite(false)
                .withRegions(List.of("orders")));
             GeodeTestClient client = GeodeTestClient.open(member.address(), GROUP_NAME, GROUP_PASSWORD)) {
            assertThat(client.call(put("orders", string("a"), string("1"))).hasPutResponse()).isTrue();
            assertThat(client.call(putAll("orders", entry(string("b"), string("2")))).getPutAllResponse()
                    .getFailedKeysList()).isEmpty();
            assertThat(client.call(putIfAbsent("orders", string("c"), string("3"))).hasPutIfAbsentResponse()).isTrue();

            for (Message write : List.of(put("other", string("a"), string("1")),
                    putAll("other", entry(string("b"), string("2"))), putIfAbsent("other", string("c"), string("3")))) {
                assertError(client.call(write), ErrorCode.REGION_NOT_FOUND, "Region not found: /other");
            }

            assertThat(client.call(regionNames()).getGetRegionNamesResponse().getRegionsList())
                    .containsExactly("/orders");
        }
    }

    private static AlderServer start(GeodeConfig geode) {
        return AlderServer.start(ServerConfig.builder().port(0).groupName(GROUP_NAME).groupPassword(GROUP_PASSWORD)
                .geode(geode).build());
    }
}
