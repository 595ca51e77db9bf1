package io.alder.server.geode;

import static io.alder.server.geode.GeodeAnswers.PATIENCE;
import static io.alder.server.geode.GeodeAnswers.assertClosedAfter;
import static io.alder.testsupport.geode.GeodeTestClient.regionNames;
import static org.awaitility.Awaitility.await;

import io.alder.server.config.GeodeConfig;
import io.alder.server.geode.GeodeMembers.Security;
import io.alder.testsupport.geode.GeodeTestClient;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Geode's idle timeout: a connection without a complete message for that long is closed, silently. */
class GeodeIdleTimeoutIT {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(2);
    /** Less than the idle timeout, allowing for the time the last answer took to arrive. */
    private static final Duration CLEARLY_NOT_BEFORE_TIMEOUT = Duration.ofMillis(1_500);

    @RegisterExtension
    static final GeodeMembers MEMBERS = new GeodeMembers(config -> config.geode(GeodeConfig.DEFAULTS
            .withIdleTimeout(IDLE_TIMEOUT)));

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void anIdleConnectionIsClosedSilentlyAfterTheTimeout(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            client.call(regionNames());

            assertClosedAfter(client, CLEARLY_NOT_BEFORE_TIMEOUT);
        }
    }

    @Test
    void aConnectionWithARequestEveryHalfSecondStaysOpenUntilItFallsSilent() throws IOException {
        try (GeodeTestClient client = MEMBERS.client(Security.SECURED)) {
            await().during(IDLE_TIMEOUT.multipliedBy(2)).atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .until(() -> client.call(regionNames()).hasGetRegionNamesResponse());

            assertClosedAfter(client, CLEARLY_NOT_BEFORE_TIMEOUT);
        }
    }
}
