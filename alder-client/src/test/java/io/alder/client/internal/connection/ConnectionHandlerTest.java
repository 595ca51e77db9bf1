package io.alder.client.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionHandlerTest {

    private static final ByteBufAllocator ALLOCATOR = new UnpooledByteBufAllocator(false);

    /** Records what the handler tells a call. */
    private static final class RecordingCall implements PendingCall {
        final List<ClientMessage> responses = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        boolean overdue;

        @Override
        public void onResponse(ClientMessage response) {
            responses.add(response);
        }

        @Override
        public void onFailure(long correlationId, Throwable cause, boolean written) {
            failures.add(correlationId + (written ? " written: " : " not written: ") + cause.getMessage());
        }

        @Override
        public boolean isOverdue(long nowNanos) {
            return overdue;
        }

        @Override
        public void onDeadline(long correlationId) {
            failures.add(correlationId + " overdue");
        }
    }

    private static ClientMessage ping(long correlationId) {
        return ClientCodec.encodeEmptyRequest(ALLOCATOR, MessageType.CLIENT_PING, correlationId);
    }

    @Test
    void aResponseGoesToTheCallWithItsCorrelationId() {
        try (EmbeddedConnection embedded = EmbeddedConnection.open()) {
            RecordingCall first = new RecordingCall();
            RecordingCall second = new RecordingCall();
            embedded.connection().send(ping(7), first, null);
            embedded.connection().send(ping(8), second, null);
            embedded.written().release();
            embedded.written().release();

            embedded.receive(ResponseCodec.encodeVoid(ALLOCATOR, 8, null));
            embedded.receive(ResponseCodec.encodeVoid(ALLOCATOR, 8, null));

            assertThat(first.responses).isEmpty();
            assertThat(second.responses).singleElement().satisfies(r -> assertThat(r.correlationId()).isEqualTo(8));
            assertThat(embedded.connection().sentRequests()).isEqualTo(2);
            second.responses.forEach(ClientMessage::release);
        }
    }

    @Test
    void eventsGoToTheSinkOfTheirRegistrationUntilItIsRemoved() {
        try (EmbeddedConnection embedded = EmbeddedConnection.open()) {
            List<Long> events = new ArrayList<>();
            EventSink sink = event -> {
                events.add(event.correlationId());
                event.release();
            };
            embedded.connection().send(ping(3), new RecordingCall(), sink);
            embedded.written().release();

            embedded.receive(event(3));
            embedded.receive(event(4));
            embedded.connection().removeEventSink(3);
            embedded.receive(event(3));

            assertThat(events).containsExactly(3L);
        }
    }

    private static ClientMessage event(long correlationId) {
        return MessageWriter.start(ALLOCATOR, MessageType.EVENT_ENTRY, correlationId, 5, 0).build();
    }

    @Test
    void closingFailsEveryWaitingCallAsWritten() {
        try (EmbeddedConnection embedded = EmbeddedConnection.open()) {
            RecordingCall call = new RecordingCall();
            embedded.connection().send(ping(1), call, null);
            embedded.connection().send(ping(2), call, null);

            embedded.connection().close("test over", null);

            assertThat(call.failures).containsExactlyInAnyOrder(
                    "1 written: connection to embedded test over", "2 written: connection to embedded test over");
        }
    }

    @Test
    void aRequestOnAClosedConnectionFailsAsNotWritten() {
        try (EmbeddedConnection embedded = EmbeddedConnection.open()) {
            embedded.closeFromMember();
            RecordingCall call = new RecordingCall();

            embedded.connection().send(ping(9), call, null);

            assertThat(embedded.written()).isNull();
            assertThat(call.failures).singleElement().asString().startsWith("9 not written");
        }
    }

    @Test
    void longMessagesAreSplitIntoFramesOfTheLimit() {
        try (EmbeddedConnection embedded = EmbeddedConnection.open(40)) {
            ClientMessage request = ClientCodec.encodeStringRequest(ALLOCATOR, MessageType.CLIENT_STATISTICS, 5,
                    "s".repeat(100));
            int length = request.frameLength();

            embedded.connection().send(request, new RecordingCall(), null);

            List<ClientMessage> frames = new ArrayList<>();
            for (ClientMessage frame = embedded.written(); frame != null; frame = embedded.written()) {
                frames.add(frame);
            }
            assertThat(frames).hasSizeGreaterThan(2).allSatisfy(frame -> {
                assertThat(frame.frameLength()).isLessThanOrEqualTo(40);
                assertThat(frame.correlationId()).isEqualTo(5);
            });
            assertThat(frames.get(0).flags()).isEqualTo(ClientMessage.BEGIN_FLAG);
            assertThat(frames.get(frames.size() - 1).flags()).isEqualTo(ClientMessage.END_FLAG);
            assertThat(frames.stream().mapToInt(f -> f.frameLength() - f.dataOffset()).sum())
                    .isEqualTo(length - ClientMessage.HEADER_SIZE);
            frames.forEach(ClientMessage::release);
        }
    }

    @Test
    void smallRequestsSentTogetherLeaveInOneWriteAndLargeOnesOnTheirOwnInOrder() {
        try (EmbeddedConnection embedded = EmbeddedConnection.open()) {
            ClientMessage large = ClientCodec.encodeStringRequest(ALLOCATOR, MessageType.CLIENT_STATISTICS, 3,
                    "s".repeat(ConnectionHandler.BATCH_CAPACITY));
            embedded.connection().send(ping(1), new RecordingCall(), null);
            embedded.connection().send(ping(2), new RecordingCall(), null);
            embedded.connection().send(large, new RecordingCall(), null);
            embedded.connection().send(ping(4), new RecordingCall(), null);

            List<Long> ids = new ArrayList<>();
            for (ClientMessage frame = embedded.written(); frame != null; frame = embedded.written()) {
                ids.add(frame.correlationId());
                frame.release();
            }

            assertThat(ids).containsExactly(1L, 2L, 3L, 4L);
            assertThat(embedded.writes()).as("the first two together, the large one, the last one").isEqualTo(3);
        }
    }

    @Test
    void callsAreFoundByTheirIdsAmongManyInFlight() {
        try (EmbeddedConnection embedded = EmbeddedConnection.open()) {
            List<RecordingCall> calls = new ArrayList<>();
            for (long id = 1; id <= 500; id++) {
                RecordingCall call = new RecordingCall();
                calls.add(call);
                embedded.connection().send(ping(id), call, null);
            }
            for (ClientMessage frame = embedded.written(); frame != null; frame = embedded.written()) {
                frame.release();
            }

            for (long id = 500; id >= 1; id -= 2) {
                embedded.receive(ResponseCodec.encodeVoid(ALLOCATOR, id, null));
            }
            embedded.connection().close("test over", null);

            for (int i = 0; i < calls.size(); i++) {
                long id = i + 1;
                RecordingCall call = calls.get(i);
                if (id % 2 == 0) {
                    assertThat(call.responses).singleElement().satisfies(r -> assertThat(r.correlationId()).isEqualTo(id));
                    assertThat(call.failures).isEmpty();
                    call.responses.forEach(ClientMessage::release);
                } else {
                    assertThat(call.responses).isEmpty();
                    assertThat(call.failures).containsExactly(id + " written: connection to embedded test over");
                }
            }
        }
    }

    @Test
    void overdueCallsAreDroppedAtTheNextDeadlineCheckAndTheirLateResponsesIgnored() {
        try (EmbeddedConnection embedded = EmbeddedConnection.open()) {
            RecordingCall late = new RecordingCall();
            RecordingCall onTime = new RecordingCall();
            embedded.connection().send(ping(1), late, null);
            embedded.connection().send(ping(2), onTime, null);
            embedded.written().release();
            embedded.written().release();

            late.overdue = true;
            embedded.advanceTime(ConnectionHandler.DEADLINE_CHECK_MILLIS);
            embedded.receive(ResponseCodec.encodeVoid(ALLOCATOR, 1, null));
            embedded.receive(ResponseCodec.encodeVoid(ALLOCATOR, 2, null));

            assertThat(late.failures).containsExactly("1 overdue");
            assertThat(late.responses).isEmpty();
            assertThat(onTime.failures).isEmpty();
            assertThat(onTime.responses).singleElement().satisfies(r -> assertThat(r.correlationId()).isEqualTo(2));
            onTime.responses.forEach(ClientMessage::release);
        }
    }
}
