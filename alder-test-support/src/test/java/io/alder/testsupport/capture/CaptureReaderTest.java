package io.alder.testsupport.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureReaderTest {

    private static final Pattern ANNOTATION = Pattern.compile("(response|event) (?:to|for) (\\w+) corr=(\\d+)");

    @Test
    void readsEveryFrameOfEveryCapture() throws Exception {
        List<Capture> captures = Captures.all();

        assertThat(captures).hasSize(17);
        for (Capture capture : captures) {
            long blocks;
            try (var lines = Files.lines(Captures.directory().resolve(capture.scenario() + ".txt"))) {
                blocks = lines.filter(line -> line.startsWith("=== #")).count();
            }
            assertThat(capture.frames()).as(capture.scenario()).hasSize((int) blocks);
            for (int i = 0; i < capture.frames().size(); i++) {
                assertThat(capture.frames().get(i).number()).isEqualTo(i + 1);
            }
        }
        assertThat(captures.stream().mapToInt(capture -> capture.frames().size()).sum()).isEqualTo(387);
    }

    @Test
    void readsHeaderDecodedTextAndPayload() {
        CapturedFrame put = Captures.load("c-map-smart").frames().get(11);

        assertThat(put.name()).isEqualTo("c-map-smart #012 MapPut");
        assertThat(put.connection()).isEqualTo(1);
        assertThat(put.peer()).isEqualTo("client");
        assertThat(put.direction()).isEqualTo(Direction.CLIENT_TO_MEMBER);
        assertThat(put.annotation()).isEqualTo("request");
        assertThat(put.header()).isEqualTo(new FrameHeader(79, 1, 0xc0, 0x0101, 7, 21, 22));
        assertThat(put.payload()).hasSize(57);
        assertThat(HexFormat.of().formatHex(put.frameBytes(), 0, 27))
                .isEqualTo("4f00000001c001010700000000000000150000001600" + "010000006d");
        DecodedFields fields = DecodedFields.parse(put.decoded());
        assertThat(fields.values()).containsExactly(
                Map.entry("name", "\"m\""),
                Map.entry("key", "Data{serType=-11, 14 bytes, value=\"k1\"}"),
                Map.entry("value", "Data{serType=-11, 14 bytes, value=\"v1\"}"),
                Map.entry("threadId", "1"),
                Map.entry("ttl", "-1"));
    }

    @Test
    void matchesEveryReplyToItsRequestAsTheAnnotationSays() {
        int replies = 0;
        for (Capture capture : Captures.all()) {
            for (CapturedFrame frame : capture.frames()) {
                if (frame.direction() != Direction.MEMBER_TO_CLIENT) {
                    continue;
                }
                Matcher annotation = ANNOTATION.matcher(frame.annotation());
                assertThat(annotation.matches()).as(frame.name() + ": " + frame.annotation()).isTrue();
                CapturedFrame request = capture.requestOf(frame).orElseThrow();
                assertThat(request.messageName()).as(frame.name()).isEqualTo(annotation.group(2));
                assertThat(request.header().correlationId()).isEqualTo(Long.parseLong(annotation.group(3)));
                assertThat(frame.isEvent()).isEqualTo(annotation.group(1).equals("event"));
                replies++;
            }
        }
        assertThat(replies).isGreaterThan(150);
    }

    @Test
    void keepsHeadTailAndHashOfTruncatedPayloads() {
        Capture large = Captures.load("f-large-8mb");
        List<CapturedFrame> truncated = large.frames().stream().filter(CapturedFrame::isTruncated).toList();

        assertThat(truncated).extracting(CapturedFrame::name)
                .containsExactly("f-large-8mb #012 MapPut", "f-large-8mb #015 DATA");
        Truncation put = truncated.get(0).truncation();
        assertThat(put.payloadLength()).isEqualTo(8388666);
        assertThat(put.head()).hasSize(1024);
        assertThat(put.tailOffset() + put.tail().length).isEqualTo(8388666);
        assertThat(put.frameSha256()).isEqualTo("a07730adb2bda1e10e21e7e79a404a5e68c0eb7ff484320edca1c58d01c42745");
        assertThat(truncated.get(0).payload()).isNull();
        assertThatThrownBy(truncated.get(0)::frameBytes).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void buildsPerConnectionStreamsWithThePreamble() {
        Capture listener = Captures.load("d-listener");

        assertThat(listener.connections()).containsExactly(1, 2);
        byte[] clientToMember = listener.stream(2, Direction.CLIENT_TO_MEMBER);
        assertThat(new String(clientToMember, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("CB2");
        int frames = listener.frames(2, Direction.CLIENT_TO_MEMBER).stream()
                .mapToInt(frame -> frame.header().frameLength()).sum();
        assertThat(clientToMember).hasSize(3 + frames);
    }

    @Test
    void splitsEventsErrorsAndArrayIdentities() {
        DecodedFields event = DecodedFields.parse("EntryEventV10: key=Data{serType=-11, 13 bytes, value=\"k\"} "
                + "value=null eventType=1 uuid=\"u u\"");
        assertThat(event.kind()).isEqualTo("EntryEventV10");
        assertThat(event.values()).containsOnlyKeys("key", "value", "eventType", "uuid");
        assertThat(event.get("uuid")).isEqualTo("\"u u\"");

        DecodedFields error = DecodedFields.parse("Error{errorCode=28 message=\"a {b=[c\" stackTrace=2 elements: "
                + "A.m(A.java:1), B.n(B.java:2)}");
        assertThat(error.kind()).isEqualTo("Error");
        assertThat(error.get("message")).isEqualTo("\"a {b=[c\"");
        assertThat(error.get("stackTrace")).isEqualTo("2 elements: A.m(A.java:1), B.n(B.java:2)");

        DecodedFields result = DecodedFields.parse("{readCount=1, itemSeqs=[J@34158c08, nextSeq=0}");
        assertThat(result.values()).containsOnlyKeys("readCount", "itemSeqs", "nextSeq");
        assertThat(DecodedFields.items("[2 items: [127.0.0.1]:5701 -> [2 items: 0, 1], x]"))
                .containsExactly("[127.0.0.1]:5701 -> [2 items: 0, 1]", "x");
        assertThat(DecodedFields.items("[0 items: ]")).isEmpty();
        assertThatThrownBy(() -> DecodedFields.items("[3 items: a, b]")).hasMessageContaining("3 items but has 2");
    }

    @Test
    void failsLoudlyWithoutTheSharedTree(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> Captures.directoryAbove(elsewhere))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("golden captures not found")
                .hasMessageContaining(Path.of("shared", "protocols", "captures").toString());
    }
}
