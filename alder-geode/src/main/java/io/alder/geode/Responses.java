package io.alder.geode;

import io.alder.geode.proto.v1.Error;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.ErrorResponse;
import io.alder.geode.proto.v1.Message;
import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

/** Error answers, and the error a failed request turns into. */
final class Responses {

    private Responses() {
    }

    static Message error(ErrorCode code, String message) {
        return Message.newBuilder().setErrorResponse(ErrorResponse.newBuilder()
                .setError(Error.newBuilder().setErrorCode(code).setMessage(message))).build();
    }

    /** What a client sees for a request that failed with {@code failure}. */
    static Message error(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof GeodeException geode) {
            return error(geode.code(), geode.getMessage());
        }
        if (cause instanceof MemberStoppingException || cause instanceof RejectedExecutionException) {
            return error(ErrorCode.SERVER_ERROR, "The member cannot take this request now: " + cause.getMessage());
        }
        if (cause instanceof ObjectDestroyedException) {
            return error(ErrorCode.SERVER_ERROR, "Region destroyed while the request ran: " + cause.getMessage());
        }
        // Geode's text for other failures: the exception, then its causes.
        StringBuilder text = new StringBuilder(cause.toString());
        for (Throwable next = cause.getCause(); next != null && next != next.getCause(); next = next.getCause()) {
            text.append(" Caused by: ").append(next);
        }
        return error(ErrorCode.SERVER_ERROR, text.toString());
    }
}
