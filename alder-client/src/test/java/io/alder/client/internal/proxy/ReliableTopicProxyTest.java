package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.alder.client.DistributedObject;
import io.alder.client.Message;
import io.alder.client.ReliableMessageListener;
import io.alder.client.ReliableTopicConfig;
import io.alder.client.StaleSequenceException;
import io.alder.client.TopicOverloadException;
import io.alder.client.TopicOverloadPolicy;
import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.RingbufferCodec;
import io.alder.protocol.codec.RingbufferCodec.AddRequest;
import io.alder.protocol.codec.RingbufferCodec.ReadManyRequest;
import io.alder.serialization.Data;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reliable topic proxy on a recorded ringbuffer: publishing with each overload policy, and listeners
 * that read from the tail, follow the ringbuffer and handle being overtaken as 3.12's runner does.
 */
class ReliableTopicProxyTest {

    private static final String NAME = "news";
    private static final String RINGBUFFER = "_hz_rb_news";

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RecordingObjects objects = new RecordingObjects();
    private final ReliableTopicMessages envelopes = new ReliableTopicMessages(ByteOrder.BIG_ENDIAN);

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    @Test
    @DisplayName("publish adds the message in its envelope to the topic's ringbuffer, with FAIL by default")
    void publish() {
        ReliableTopicProxy<String> topic = topic(ReliableTopicConfig.DEFAULT);

        CompletableFuture<Void> published = topic.publish("hello");

        Invocation add = sent.single();
        assertThat(add.request().type()).isEqualTo(RINGBUFFER_ADD.id());
        assertThat(add.request().partitionId()).isEqualTo(context.partitionIdOfName(RINGBUFFER));
        AddRequest request = RingbufferCodec.REQUESTS.decodeAs(add.request(), AddRequest.class);
        assertThat(request.name()).isEqualTo(RINGBUFFER);
        assertThat(request.overflowPolicy()).isEqualTo(1);
        assertThat(context.<String>toObject(envelopes.unwrap(request.value()).payload())).isEqualTo("hello");
        add.response().complete(sequence(0));
        assertThat(published).isCompletedWithValue(null);
    }

    @Test
    @DisplayName("BLOCK tries again after a pause while the ringbuffer has no room")
    void blockTriesAgain() {
        CompletableFuture<Void> published = topic(ReliableTopicConfig.DEFAULT).publish("hello");
        sent.single().response().complete(sequence(-1));

        await().atMost(Duration.ofSeconds(30)).until(() -> sent.invocations().size() == 2);
        assertThat(published).isNotDone();
        sent.invocations().get(1).response().complete(sequence(7));
        assertThat(published).isCompletedWithValue(null);
    }

    @Test
    @DisplayName("ERROR fails the publish when there is no room; DISCARD_OLDEST overwrites")
    void otherPolicies() {
        CompletableFuture<Void> refused = topic(new ReliableTopicConfig(10, TopicOverloadPolicy.ERROR)).publish("x");
        sent.single().response().complete(sequence(-1));
        topic(new ReliableTopicConfig(10, TopicOverloadPolicy.DISCARD_OLDEST)).publish("y");

        assertThat(refused).isCompletedExceptionally();
        assertThat(refused.handle((ok, failure) -> failure.getCause())).isCompletedWithValueMatching(
                failure -> failure instanceof TopicOverloadException);
        assertThat(RingbufferCodec.REQUESTS.decodeAs(sent.invocations().get(1).request(), AddRequest.class)
                .overflowPolicy()).isZero();
    }

    @Test
    @DisplayName("a listener starts after the tail, reads batches without deadline and hears each message in order")
    void listenerFollowsTheRingbuffer() {
        ReliableTopicProxy<String> topic = topic(new ReliableTopicConfig(25, TopicOverloadPolicy.BLOCK));
        RecordingListener listener = new RecordingListener(-1, false);

        CompletableFuture<String> registered = topic.addMessageListener(listener);
        assertThat(type(0)).isEqualTo(RINGBUFFER_TAIL_SEQUENCE);
        assertThat(registered).isNotDone();
        sent.invocations().get(0).response().complete(sequence(4));

        assertThat(registered).isCompleted();
        assertThat(readMany(1)).isEqualTo(new ReadManyRequest(RINGBUFFER, 5, 1, 25, null));
        assertThat(sent.invocations().get(1).waitTime()).as("no deadline").isNull();
        sent.invocations().get(1).response().complete(messages(5, "a", "b"));

        assertThat(listener.heard).containsExactly("a", "b");
        assertThat(listener.stored).containsExactly(5L, 6L);
        assertThat(readMany(2).startSequence()).isEqualTo(7);
    }

    @Test
    @DisplayName("a listener with an initial sequence starts there")
    void initialSequence() {
        topic(ReliableTopicConfig.DEFAULT).addMessageListener(new RecordingListener(3, false));

        assertThat(readMany(0).startSequence()).isEqualTo(3);
    }

    @Test
    @DisplayName("overtaken by the ringbuffer, a listener that does not tolerate loss is stopped")
    void intolerantListenerStops() {
        ReliableTopicProxy<String> topic = topic(ReliableTopicConfig.DEFAULT);
        String id = topic.addMessageListener(new RecordingListener(0, false)).join();

        sent.single().response().completeExceptionally(stale());

        assertThat(sent.invocations()).hasSize(1);
        assertThat(topic.removeMessageListener(id)).as("the runner is gone").isCompletedWithValue(false);
    }

    @Test
    @DisplayName("overtaken by the ringbuffer, a loss-tolerant listener goes on at the head")
    void tolerantListenerSkips() {
        topic(ReliableTopicConfig.DEFAULT).addMessageListener(new RecordingListener(0, true));

        sent.single().response().completeExceptionally(stale());
        assertThat(type(1)).isEqualTo(RINGBUFFER_HEAD_SEQUENCE);
        sent.invocations().get(1).response().complete(sequence(20));

        assertThat(readMany(2).startSequence()).isEqualTo(20);
    }

    @Test
    @DisplayName("a listener that throws goes on unless it calls the failure terminal")
    void failingListener() {
        List<String> heard = new CopyOnWriteArrayList<>();
        topic(ReliableTopicConfig.DEFAULT).addMessageListener(new ReliableMessageListener<>() {
            @Override
            public void onMessage(Message<String> message) {
                heard.add(message.getMessageObject());
                throw new IllegalStateException(message.getMessageObject());
            }

            @Override
            public long retrieveInitialSequence() {
                return 0;
            }

            @Override
            public boolean isTerminal(Throwable failure) {
                return failure.getMessage().equals("stop");
            }
        });

        sent.single().response().complete(messages(0, "go on", "stop", "never"));

        assertThat(heard).containsExactly("go on", "stop");
        assertThat(sent.invocations()).hasSize(1);
    }

    @Test
    @DisplayName("a removed listener hears nothing more and reads no more")
    void removedListener() {
        ReliableTopicProxy<String> topic = topic(ReliableTopicConfig.DEFAULT);
        RecordingListener listener = new RecordingListener(0, false);
        String id = topic.addMessageListener(listener).join();

        assertThat(topic.removeMessageListener(id)).isCompletedWithValue(true);
        sent.single().response().complete(messages(0, "late"));

        assertThat(listener.heard).isEmpty();
        assertThat(sent.invocations()).hasSize(1);
    }

    @Test
    @DisplayName("destroy destroys the topic, then its ringbuffer")
    void destroy() {
        topic(ReliableTopicConfig.DEFAULT).destroy();
        objects.calls().get(0).done().complete(null);

        assertThat(objects.calls()).extracting(RecordingObjects.Call::serviceName, RecordingObjects.Call::name)
                .containsExactly(tuple(DistributedObject.RELIABLE_TOPIC_SERVICE, NAME),
                        tuple(DistributedObject.RINGBUFFER_SERVICE, RINGBUFFER));
    }

    private ReliableTopicProxy<String> topic(ReliableTopicConfig config) {
        return new ReliableTopicProxy<>(NAME, context, objects, config, address -> null, Runnable::run);
    }

    private MessageType type(int index) {
        return MessageType.of(sent.invocations().get(index).request().type());
    }

    private ReadManyRequest readMany(int index) {
        assertThat(type(index)).isEqualTo(RINGBUFFER_READ_MANY);
        return RingbufferCodec.REQUESTS.decodeAs(sent.invocations().get(index).request(), ReadManyRequest.class);
    }

    private ClientMessage sequence(long value) {
        return ResponseCodec.encodeLong(context.allocator(), 1, value);
    }

    /** A read result with messages {@code texts} from {@code first} on, as a member sends it. */
    private ClientMessage messages(long first, String... texts) {
        List<Data> items = new ArrayList<>();
        long[] sequences = new long[texts.length];
        for (int i = 0; i < texts.length; i++) {
            items.add(envelopes.wrap(context.toData(texts[i]), 1_000));
            sequences[i] = first + i;
        }
        return MapResponseCodec.encodeReadResultSet(context.allocator(), 1,
                new MapResponseCodec.ReadResultSet(texts.length, items, sequences, 0));
    }

    private static StaleSequenceException stale() {
        return new StaleSequenceException(54, "com.hazelcast.ringbuffer.StaleSequenceException", "too old", null);
    }

    /** Records messages and stored sequences; starts where told, tolerates loss if told. */
    private static final class RecordingListener implements ReliableMessageListener<String> {
        final List<String> heard = new CopyOnWriteArrayList<>();
        final List<Long> stored = new CopyOnWriteArrayList<>();
        private final long initialSequence;
        private final boolean lossTolerant;

        RecordingListener(long initialSequence, boolean lossTolerant) {
            this.initialSequence = initialSequence;
            this.lossTolerant = lossTolerant;
        }

        @Override
        public void onMessage(Message<String> message) {
            heard.add(message.getMessageObject());
        }

        @Override
        public long retrieveInitialSequence() {
            return initialSequence;
        }

        @Override
        public void storeSequence(long sequence) {
            stored.add(sequence);
        }

        @Override
        public boolean isLossTolerant() {
            return lossTolerant;
        }
    }
}
