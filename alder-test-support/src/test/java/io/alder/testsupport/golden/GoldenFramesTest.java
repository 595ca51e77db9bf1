package io.alder.testsupport.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.MapCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import io.alder.testsupport.capture.Capture;
import io.alder.testsupport.capture.CapturedFrame;
import io.alder.testsupport.capture.Captures;
import io.alder.testsupport.capture.DecodedFields;
import io.alder.testsupport.capture.Direction;
import io.alder.testsupport.capture.HexDiff;
import io.alder.testsupport.capture.MessageTypeTable;
import io.alder.testsupport.capture.Truncation;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every captured frame of the families Alder has codecs for (Client.*, Map.*, MultiMap.*, Queue.*, Topic.*,
 * List.*, Set.*, Lock.*, Condition.*, AtomicLong.*, AtomicReference.*, CountDownLatch.*, Semaphore.*,
 * ReplicatedMap.* and Ringbuffer.* requests, all responses and errors, events of Client, Map, Queue and Topic
 * listeners) must decode to the values the 3.12.13 codecs printed and encode back to the identical bytes. One
 * test per frame; frames of other families are listed by {@link #framesOfOtherFamiliesAreListed()}.
 */
class GoldenFramesTest {

    /**
     * Services whose requests (and listener events) have Alder codecs: Client (0x00), Map (0x01), Queue
     * (0x03), Topic (0x04), List (0x05), Set (0x06), Lock (0x07), Condition (0x08), AtomicLong (0x0A),
     * AtomicReference (0x0B), CountDownLatch (0x0C), Semaphore (0x0D), ReplicatedMap (0x0E) and Ringbuffer (0x19).
     */
    private static final Set<Integer> TESTED_SERVICES = Set.of(0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
            0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x19);

    /** Capture field names that Alder's records spell differently. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("isOwnerConnection", "ownerConnection"),
            Map.entry("clientHazelcastVersion", "clientVersion"),
            Map.entry("serverHazelcastVersion", "serverVersion"),
            Map.entry("clientUnregisteredMembers", "unregisteredMembers"),
            Map.entry("partitions", "owners"),
            Map.entry("partitionStateVersion", "stateVersion"),
            Map.entry("uuid", "memberUuid"),
            Map.entry("numberOfAffectedEntries", "affectedEntries"),
            Map.entry("message", "value"),
            Map.entry("timeoutMillis", "value"),
            Map.entry("keys", "values"));

    /** The value of the 8 MB captures: byte[i] = (byte) i. */
    private static final int LARGE_VALUE_LENGTH = 8 * 1024 * 1024;

    private static final List<Capture> CAPTURES = Captures.all();
    private static final Map<Integer, Integer> EXPECTED_RESPONSE = MessageTypeTable.rows().stream()
            .filter(row -> row.kind().equals("request"))
            .collect(Collectors.toMap(MessageTypeTable.Row::id, MessageTypeTable.Row::responseType));

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

    @TestFactory
    Stream<DynamicTest> capturedFramesRoundTrip() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Capture capture : CAPTURES) {
            for (CapturedFrame frame : capture.frames()) {
                if (isTested(capture, frame)) {
                    tests.add(DynamicTest.dynamicTest(frame.name(), () -> roundTrip(capture, frame)));
                }
            }
        }
        System.out.println("golden frames tested: " + tests.size());
        return tests.stream();
    }

    @Test
    void framesOfOtherFamiliesAreListed() {
        Map<String, List<String>> skipped = new LinkedHashMap<>();
        int tested = 0;
        for (Capture capture : CAPTURES) {
            for (CapturedFrame frame : capture.frames()) {
                if (isTested(capture, frame)) {
                    tested++;
                } else {
                    skipped.computeIfAbsent(familyOf(capture, frame), family -> new ArrayList<>()).add(frame.name());
                }
            }
        }
        skipped.forEach((family, frames) -> System.out.println("skipped, " + family + ": " + frames));

        int total = CAPTURES.stream().mapToInt(capture -> capture.frames().size()).sum();
        assertThat(tested + skipped.values().stream().mapToInt(List::size).sum()).isEqualTo(total);
        assertThat(skipped).isEmpty();
    }

    @Test
    void fieldCheckCatchesValuesAndFieldsAlderDoesNotHave() {
        CapturedFrame put = CAPTURES.stream().filter(capture -> capture.scenario().equals("c-map-smart"))
                .findFirst().orElseThrow().frames().get(11);
        ClientMessage message = ClientMessage.wrap(Unpooled.wrappedBuffer(put.frameBytes()));
        Object decoded = MapCodec.REQUESTS.decode(message);
        message.release();

        assertThatThrownBy(() -> checkFields(withDecoded(put, put.decoded().replace("threadId=1", "threadId=2")),
                decoded)).hasMessageContaining("threadId: expected 2 but Alder has 1");
        assertThatThrownBy(() -> checkFields(withDecoded(put, put.decoded().replace("}", ", lease=5}")), decoded))
                .hasMessageContaining("lease: no such field");
        assertThatThrownBy(() -> checkFields(withDecoded(put, put.decoded().replace("\"k1\"", "\"k2\"")),
                decoded)).hasMessageContaining("key: expected \"k2\" but Alder has \"k1\"");
    }

    private static CapturedFrame withDecoded(CapturedFrame frame, String decoded) {
        return new CapturedFrame(frame.scenario(), frame.number(), frame.connection(), frame.peer(),
                frame.direction(), frame.messageName(), frame.annotation(), frame.header(), decoded, frame.payload(),
                frame.truncation());
    }

    /** Requests by service; responses and errors always; events by the service that registered them. */
    private static boolean isTested(Capture capture, CapturedFrame frame) {
        MessageType type = MessageType.of(frame.header().type());
        if (type == null) {
            return true; // fails in roundTrip with a clear message
        }
        return switch (type.kind()) {
            case REQUEST -> TESTED_SERVICES.contains(type.serviceId());
            case RESPONSE -> true;
            case EVENT -> TESTED_SERVICES.contains(registration(capture, frame).serviceId());
        };
    }

    private static String familyOf(Capture capture, CapturedFrame frame) {
        MessageType type = MessageType.of(frame.header().type());
        MessageType request = type.kind() == MessageType.Kind.EVENT ? registration(capture, frame) : type;
        return request.protocolName().replaceAll("^(AtomicLong|Ringbuffer|[A-Z][a-z]+).*", "$1");
    }

    private static MessageType registration(Capture capture, CapturedFrame event) {
        CapturedFrame request = capture.requestOf(event)
                .orElseThrow(() -> new AssertionError(event.name() + ": no registration request for this event"));
        return MessageType.of(request.header().type());
    }

    private void roundTrip(Capture capture, CapturedFrame frame) throws Exception {
        MessageType type = MessageType.of(frame.header().type());
        assertThat(type).as("message type 0x%04x known to Alder", frame.header().type()).isNotNull();
        assertThat(type.protocolName()).isEqualTo(frame.messageName());
        if (frame.direction() == Direction.MEMBER_TO_CLIENT) {
            checkReplyMatchesRequest(capture, frame, type);
        }
        GoldenCodecs.Codec codec = GoldenCodecs.of(type)
                .orElseThrow(() -> new AssertionError("no Alder codec for " + type + " in a tested family"));
        byte[] expected = frame.isTruncated() ? regenerate(frame) : frame.frameBytes();
        ClientMessage captured = ClientMessage.wrap(Unpooled.wrappedBuffer(expected));
        try {
            Object decoded = codec.decoder().apply(captured);
            checkFields(frame, decoded);
            ClientMessage encoded = codec.encoder().encode(allocator, frame.header(), decoded);
            try {
                byte[] actual = ByteBufUtil.getBytes(encoded.content());
                String diff = HexDiff.describe(expected, actual);
                if (diff != null) {
                    fail(frame.name() + ": re-encoded frame differs from the capture%n%s", diff);
                }
            } finally {
                encoded.release();
            }
        } finally {
            captured.release();
        }
        if (frame.isTruncated()) {
            assertThat(sha256(expected)).as("SHA-256 of the regenerated frame")
                    .isEqualTo(frame.truncation().frameSha256());
        }
    }

    /** A response or error answers the request with its correlation id, with the type 3.12 declares. */
    private static void checkReplyMatchesRequest(Capture capture, CapturedFrame reply, MessageType type) {
        CapturedFrame request = capture.requestOf(reply)
                .orElseThrow(() -> new AssertionError(reply.name() + ": no request with its correlation id"));
        if (type.kind() == MessageType.Kind.RESPONSE && type != MessageType.EXCEPTION) {
            assertThat(type.id()).as("%s answers %s", reply.name(), request.messageName())
                    .isEqualTo(EXPECTED_RESPONSE.get(request.header().type()));
        }
    }

    /** Every field the capture printed has a counterpart in what Alder decoded, with the same value. */
    private static void checkFields(CapturedFrame frame, Object decoded) throws ReflectiveOperationException {
        DecodedFields captured = DecodedFields.parse(frame.decoded());
        Map<String, Object> actual = flatten(decoded, captured);
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> field : captured.values().entrySet()) {
            String name = field.getKey();
            if (name.endsWith("Exist")) {
                continue; // whether a trailing field was sent: the byte-exact re-encoding checks it
            }
            String alderName = actual.containsKey(name) ? name : ALIASES.getOrDefault(name, name);
            if (!actual.containsKey(alderName)) {
                mismatches.add(name + ": no such field in " + actual.keySet());
                continue;
            }
            String mismatch = CapturedValues.mismatch(field.getValue(), actual.get(alderName));
            if (mismatch != null) {
                mismatches.add(name + ": " + mismatch);
            }
        }
        assertThat(mismatches).as("%s decoded %s", frame.name(), decoded).isEmpty();
    }

    /**
     * The decoded value as named fields: a record's components (nested parameter records that the
     * capture does not name are flattened), or a single value under the capture's only field name.
     */
    private static Map<String, Object> flatten(Object decoded, DecodedFields captured)
            throws ReflectiveOperationException {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (decoded == GoldenCodecs.NO_PARAMETERS) {
            return fields;
        }
        if (decoded != null && decoded.getClass().isRecord()) {
            addComponents(decoded, captured, fields);
        } else if (captured.values().size() == 1) {
            fields.put(captured.values().keySet().iterator().next(), decoded);
        }
        return fields;
    }

    private static void addComponents(Object record, DecodedFields captured, Map<String, Object> fields)
            throws ReflectiveOperationException {
        for (var component : record.getClass().getRecordComponents()) {
            Object value = component.getAccessor().invoke(record);
            boolean named = captured.values().containsKey(component.getName())
                    || ALIASES.containsValue(component.getName());
            if (value != null && value.getClass().isRecord() && !named) {
                addComponents(value, captured, fields);
            } else {
                fields.put(component.getName(), value);
            }
        }
    }

    /** The complete frame of a capture whose payload was truncated, rebuilt from the known scenario. */
    private ClientMessage regenerated(CapturedFrame frame) {
        Data largeValue = largeByteArray();
        long correlationId = frame.header().correlationId();
        return switch (frame.name()) {
            case "f-large-8mb #012 MapPut" -> MapCodec.REQUESTS.encode(allocator, MessageType.MAP_PUT, correlationId,
                    frame.header().partitionId(),
                    new MapCodec.PutRequest("big", Strings.toData("big"), largeValue, 1, -1));
            case "f-large-8mb #015 DATA" -> ResponseCodec.encodeData(allocator, correlationId, largeValue);
            default -> throw new AssertionError(frame.name() + ": truncated in the capture and no known content");
        };
    }

    private byte[] regenerate(CapturedFrame frame) {
        ClientMessage message = regenerated(frame);
        try {
            byte[] bytes = ByteBufUtil.getBytes(message.content());
            checkKnownBytes(frame, bytes);
            return bytes;
        } finally {
            message.release();
        }
    }

    /** The head and tail the capture printed must agree with the regenerated frame. */
    private static void checkKnownBytes(CapturedFrame frame, byte[] regenerated) {
        Truncation truncation = frame.truncation();
        assertThat(regenerated).hasSize(22 + truncation.payloadLength());
        assertThat(HexFormat.of().formatHex(regenerated, 0, 22)).isEqualTo(HexFormat.of().formatHex(
                frame.header().toBytes()));
        byte[] head = truncation.head();
        byte[] tail = truncation.tail();
        assertThat(HexFormat.of().formatHex(regenerated, 22, 22 + head.length))
                .isEqualTo(HexFormat.of().formatHex(head));
        int tailStart = 22 + truncation.tailOffset();
        assertThat(HexFormat.of().formatHex(regenerated, tailStart, tailStart + tail.length))
                .isEqualTo(HexFormat.of().formatHex(tail));
    }

    /** A serialized {@code byte[]} (type -12) holding byte[i] = (byte) i. */
    private static Data largeByteArray() {
        ByteBuffer blob = ByteBuffer.allocate(12 + LARGE_VALUE_LENGTH)
                .putInt(0).putInt(-12).putInt(LARGE_VALUE_LENGTH);
        for (int i = 0; i < LARGE_VALUE_LENGTH; i++) {
            blob.put((byte) i);
        }
        return Data.wrap(blob.array());
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
