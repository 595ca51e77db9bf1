package io.alder.protocol.codec;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.netty.buffer.ByteBufAllocator;
import java.util.List;

/**
 * The EXCEPTION response (109), sent instead of a normal response.
 *
 * <pre>
 *   | errorCode: i32 | className: str | message: str? | stackTrace: L&lt;StackTraceElement&gt; |
 *   | causeErrorCode: i32 | causeClassName: str? |
 *
 *   StackTraceElement = | declaringClass: str | methodName: str | fileName: str? | lineNumber: i32 |
 * </pre>
 */
public final class ErrorCodec {

    private ErrorCodec() {
    }

    /** One stack frame as the protocol carries it. */
    public record StackFrame(String declaringClass, String methodName, String fileName, int lineNumber) {
    }

    /**
     * A decoded error.
     *
     * @param causeErrorCode the code of the direct cause, 0 when there is none
     */
    public record Error(int errorCode, String className, String message, List<StackFrame> stackTrace,
            int causeErrorCode, String causeClassName) {

        public Error {
            stackTrace = List.copyOf(stackTrace);
        }
    }

    public static ClientMessage encode(ByteBufAllocator allocator, long correlationId, Error error) {
        MessageWriter out = MessageWriter.start(allocator, MessageType.EXCEPTION, correlationId, -1,
                128 + 64 * error.stackTrace().size());
        out.writeInt(error.errorCode()).writeString(error.className()).writeNullableString(error.message())
                .writeInt(error.stackTrace().size());
        for (StackFrame frame : error.stackTrace()) {
            out.writeString(frame.declaringClass()).writeString(frame.methodName())
                    .writeNullableString(frame.fileName()).writeInt(frame.lineNumber());
        }
        return out.writeInt(error.causeErrorCode()).writeNullableString(error.causeClassName()).build();
    }

    public static Error decode(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.EXCEPTION);
        int code = in.readInt();
        String className = in.readString();
        String text = in.readNullableString();
        List<StackFrame> trace = in.readList("stack trace", 13, r -> new StackFrame(r.readString(), r.readString(),
                r.readNullableString(), r.readInt()));
        return new Error(code, className, text, trace, in.readInt(), in.readNullableString());
    }
}
