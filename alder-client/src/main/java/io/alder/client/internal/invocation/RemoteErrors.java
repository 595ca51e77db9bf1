package io.alder.client.internal.invocation;

import io.alder.client.AuthenticationException;
import io.alder.client.MemberErrorException;
import io.alder.client.OperationTimeoutException;
import io.alder.client.StaleSequenceException;
import io.alder.client.TargetDisconnectedException;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import java.util.ConcurrentModificationException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Turns an error a member sent into the exception callers see. Errors whose member-side class is an
 * unchecked standard Java exception become that class, so that code written for a 3.12 client catches
 * the same types; a few become the client's own types; everything else a {@link MemberErrorException}
 * with the code and class name. The member's stack trace replaces the local one, and the direct cause the
 * member named becomes the cause.
 */
final class RemoteErrors {

    /** The marker 3.12 puts into the stack trace before the frames of each cause. */
    private static final String CAUSE_MARKER = "###### Caused by:";

    private static final Map<ErrorCode, Function<String, RuntimeException>> STANDARD = new EnumMap<>(ErrorCode.class);

    static {
        STANDARD.put(ErrorCode.ARRAY_INDEX_OUT_OF_BOUNDS, ArrayIndexOutOfBoundsException::new);
        STANDARD.put(ErrorCode.ARRAY_STORE, ArrayStoreException::new);
        STANDARD.put(ErrorCode.CANCELLATION, CancellationException::new);
        STANDARD.put(ErrorCode.CLASS_CAST, ClassCastException::new);
        STANDARD.put(ErrorCode.CONCURRENT_MODIFICATION, ConcurrentModificationException::new);
        STANDARD.put(ErrorCode.ILLEGAL_ARGUMENT, IllegalArgumentException::new);
        STANDARD.put(ErrorCode.ILLEGAL_MONITOR_STATE, IllegalMonitorStateException::new);
        STANDARD.put(ErrorCode.ILLEGAL_STATE, IllegalStateException::new);
        STANDARD.put(ErrorCode.ILLEGAL_THREAD_STATE, IllegalThreadStateException::new);
        STANDARD.put(ErrorCode.INDEX_OUT_OF_BOUNDS, IndexOutOfBoundsException::new);
        STANDARD.put(ErrorCode.NEGATIVE_ARRAY_SIZE, NegativeArraySizeException::new);
        STANDARD.put(ErrorCode.NO_SUCH_ELEMENT, NoSuchElementException::new);
        STANDARD.put(ErrorCode.NULL_POINTER, NullPointerException::new);
        STANDARD.put(ErrorCode.REJECTED_EXECUTION, RejectedExecutionException::new);
        STANDARD.put(ErrorCode.RUNTIME, RuntimeException::new);
        STANDARD.put(ErrorCode.SECURITY, SecurityException::new);
        STANDARD.put(ErrorCode.UNSUPPORTED_OPERATION, UnsupportedOperationException::new);
    }

    private static final Map<String, Function<String, RuntimeException>> STANDARD_BY_CLASS_NAME = new HashMap<>();

    static {
        STANDARD.forEach((code, factory) -> STANDARD_BY_CLASS_NAME.put(code.className(), factory));
    }

    private RemoteErrors() {
    }

    /** The exception for a decoded error. */
    static RuntimeException toException(ErrorCodec.Error error) {
        RuntimeException exception = create(error.errorCode(), error.className(), error.message(), causeOf(error));
        exception.setStackTrace(ownFrames(error.stackTrace()));
        return exception;
    }

    private static RuntimeException create(int errorCode, String className, String message, Throwable cause) {
        ErrorCode code = ErrorCode.of(errorCode);
        // The class name decides first: code 0 (UNDEFINED) may carry a standard class too.
        Function<String, RuntimeException> standard = STANDARD_BY_CLASS_NAME.getOrDefault(className, STANDARD.get(code));
        if (standard != null) {
            RuntimeException exception = standard.apply(message);
            if (cause != null) {
                exception.initCause(cause);
            }
            return exception;
        }
        return switch (code) {
            case AUTHENTICATION -> new AuthenticationException(describe(className, message));
            case OPERATION_TIMEOUT -> new OperationTimeoutException(describe(className, message), cause);
            case TARGET_DISCONNECTED -> new TargetDisconnectedException(describe(className, message), cause);
            case STALE_SEQUENCE -> new StaleSequenceException(errorCode, className, message, cause);
            default -> new MemberErrorException(errorCode, className, message, cause);
        };
    }

    private static String describe(String className, String message) {
        return "member reported " + className + (message == null ? "" : ": " + message);
    }

    /** The direct cause the member named, with the message from its stack trace marker, or null. */
    private static Throwable causeOf(ErrorCodec.Error error) {
        if (error.causeClassName() == null) {
            return null;
        }
        String message = null;
        for (ErrorCodec.StackFrame frame : error.stackTrace()) {
            String text = frame.declaringClass();
            if (text.startsWith(CAUSE_MARKER)) {
                int start = text.indexOf(error.causeClassName() + ": ");
                int end = text.lastIndexOf(" ------");
                if (start >= 0 && end > start) {
                    message = text.substring(start + error.causeClassName().length() + 2, end);
                }
                break;
            }
        }
        return create(error.causeErrorCode(), error.causeClassName(), message, null);
    }

    /** The frames of the exception itself, up to the first cause marker. */
    private static StackTraceElement[] ownFrames(List<ErrorCodec.StackFrame> frames) {
        return frames.stream()
                .takeWhile(frame -> !frame.declaringClass().startsWith(CAUSE_MARKER))
                .map(frame -> new StackTraceElement(frame.declaringClass(), frame.methodName(), frame.fileName(),
                        frame.lineNumber()))
                .toArray(StackTraceElement[]::new);
    }
}
