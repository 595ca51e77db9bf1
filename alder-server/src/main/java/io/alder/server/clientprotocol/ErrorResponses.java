package io.alder.server.clientprotocol;

import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.member.UnsupportedFeatureException;
import io.alder.member.ringbuffer.StaleSequenceException;
import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a failure into the EXCEPTION frame a 3.12 member would send, so that the official clients raise
 * the same exception types. Java exceptions named in 3.12's code table keep their class and code; Alder's
 * own engine exceptions map to their 3.12 counterparts; anything else becomes a HazelcastException (20),
 * which clients do not retry.
 */
final class ErrorResponses {

    /** 3.12 sends whole stack traces; a few frames locate the failure without bloating every error. */
    private static final int MAX_STACK_FRAMES = 8;

    private static final Map<String, ErrorCode> CODES_BY_CLASS = new HashMap<>();
    private static final Set<ErrorCode> RETRIED_BY_CLIENTS = EnumSet.of(ErrorCode.EOF, ErrorCode.IO,
            ErrorCode.NOT_SERIALIZABLE, ErrorCode.SOCKET, ErrorCode.UTF_DATA_FORMAT);

    static {
        for (ErrorCode code : ErrorCode.values()) {
            if (!code.className().isEmpty()) {
                CODES_BY_CLASS.put(code.className(), code);
            }
        }
    }

    private ErrorResponses() {
    }

    static ErrorCodec.Error toError(Throwable failure) {
        ErrorCode code = codeOf(failure);
        Throwable cause = failure.getCause();
        ErrorCode causeCode = cause == null ? null : codeOf(cause);
        return new ErrorCodec.Error(code.code(), code.className(), failure.getMessage(), stackOf(failure),
                causeCode == null ? 0 : causeCode.code(), causeCode == null ? null : causeCode.className());
    }

    /** The error a request gets on a connection that has not authenticated (3.12: code 49, cause code 3). */
    static ErrorCodec.Error notAuthenticated(String requestName) {
        return new ErrorCodec.Error(ErrorCode.RETRYABLE_HAZELCAST.code(), ErrorCode.RETRYABLE_HAZELCAST.className(),
                "Client must authenticate before any operation; got " + requestName, List.of(),
                ErrorCode.AUTHENTICATION.code(), ErrorCode.AUTHENTICATION.className());
    }

    /** The error a request gets while the member is starting or stopping (code 21). */
    static ErrorCodec.Error notActive() {
        return plain(ErrorCode.HAZELCAST_INSTANCE_NOT_ACTIVE, "Alder member is not active");
    }

    /** The error for a message type this member does not serve (code 65); the connection stays usable. */
    static ErrorCodec.Error unsupportedType(String requestName) {
        return plain(ErrorCode.UNSUPPORTED_OPERATION, "Alder does not serve " + requestName
                + "; see the compatibility table in Alder's README");
    }

    private static ErrorCodec.Error plain(ErrorCode code, String message) {
        return new ErrorCodec.Error(code.code(), code.className(), message, List.of(), 0, null);
    }

    private static ErrorCode codeOf(Throwable failure) {
        if (failure instanceof UnsupportedFeatureException) {
            return ErrorCode.UNSUPPORTED_OPERATION;
        }
        if (failure instanceof MemberStoppingException) {
            return ErrorCode.HAZELCAST_INSTANCE_NOT_ACTIVE;
        }
        if (failure instanceof ObjectDestroyedException) {
            return ErrorCode.DISTRIBUTED_OBJECT_DESTROYED;
        }
        if (failure instanceof StaleSequenceException) {
            return ErrorCode.STALE_SEQUENCE;
        }
        if (failure instanceof MalformedMessageException) {
            return ErrorCode.HAZELCAST;
        }
        ErrorCode code = CODES_BY_CLASS.get(failure.getClass().getName());
        // IO-type codes make clients retry until their timeout: never send them for an operation's failure.
        return code == null || RETRIED_BY_CLIENTS.contains(code) ? ErrorCode.HAZELCAST : code;
    }

    private static List<ErrorCodec.StackFrame> stackOf(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        List<ErrorCodec.StackFrame> frames = new ArrayList<>(Math.min(trace.length, MAX_STACK_FRAMES));
        for (StackTraceElement element : Arrays.asList(trace).subList(0, Math.min(trace.length, MAX_STACK_FRAMES))) {
            frames.add(new ErrorCodec.StackFrame(element.getClassName(), element.getMethodName(),
                    element.getFileName(), element.getLineNumber()));
        }
        return frames;
    }
}
