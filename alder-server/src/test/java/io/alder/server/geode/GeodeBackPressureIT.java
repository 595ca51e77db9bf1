package io.alder.server.geode;

import static io.alder.server.geode.GeodeAnswers.PATIENCE;
import static io.alder.testsupport.geode.GeodeTestClient.get;
import static io.alder.testsupport.geode.GeodeTestClient.nullValue;
import static io.alder.testsupport.geode.GeodeTestClient.put;
import static io.alder.testsupport.geode.GeodeTestClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alder.server.geode.GeodeMembers.Security;
import io.alder.testsupport.geode.GeodeTestClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Geode client that stops reading its answers: the member holds back its later requests instead of buffering
 * every answer, and keeps serving everybody else.
 */
class GeodeBackPressureIT {

    /** With this limit the member's outbound high-water mark is its minimum, 1 MiB. */
    private static final int MAX_MESSAGE_BYTES = 64 * 1024;
    private static final String BIG_VALUE = "v".repeat(60_000);
    /** Answers far beyond the high-water mark plus what the loopback socket buffers take (a few MiB). */
    private static final int BIG_ANSWERS = 400;

    @RegisterExtension
    static final GeodeMembers MEMBERS = new GeodeMembers(config -> config.maxFrameBytes(MAX_MESSAGE_BYTES));

    @Test
    void requestsBehindUnreadAnswersWaitUntilTheClientReadsWhileOthersAreServed() throws IOException {
        ByteArrayOutputStream requests = new ByteArrayOutputStream();
        for (int i = 0; i < BIG_ANSWERS; i++) {
            get("unread", string("big")).writeDelimitedTo(requests);
        }
        put("unread", string("marker"), string("served")).writeDelimitedTo(requests);
        try (GeodeTestClient flooder = MEMBERS.client(Security.SECURED);
             GeodeTestClient other = MEMBERS.client(Security.SECURED)) {
            flooder.call(put("unread", string("big"), string(BIG_VALUE)));

            // One write, so the member reads every request at once, then answers until the client stops reading.
            flooder.sendRaw(requests.toByteArray());
            await().atMost(PATIENCE).until(() -> flooder.available() > 0);
            assertThat(other.call(get("unread", string("marker"))).getGetResponse().getResult())
                    .as("the request behind the unread answers, while they are unread").isEqualTo(nullValue());

            for (int i = 0; i < BIG_ANSWERS; i++) {
                assertThat(flooder.receive().getGetResponse().getResult()).isEqualTo(string(BIG_VALUE));
            }
            assertThat(flooder.receive().hasPutResponse()).isTrue();
            assertThat(other.call(get("unread", string("marker"))).getGetResponse().getResult())
                    .isEqualTo(string("served"));
        }
    }
}
