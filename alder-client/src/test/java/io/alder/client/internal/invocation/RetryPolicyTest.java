package io.alder.client.internal.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.codec.ErrorCode;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    /** The codes section 6.3 of the fact sheet lists as retry-safe for every request. */
    private static final Set<ErrorCode> RETRY_SAFE = EnumSet.of(ErrorCode.CALLER_NOT_MEMBER, ErrorCode.EOF,
            ErrorCode.HAZELCAST_INSTANCE_NOT_ACTIVE, ErrorCode.IO, ErrorCode.MEMBER_LEFT, ErrorCode.NOT_SERIALIZABLE,
            ErrorCode.PARTITION_MIGRATING, ErrorCode.RETRYABLE_HAZELCAST, ErrorCode.RETRYABLE_IO, ErrorCode.SOCKET,
            ErrorCode.TARGET_NOT_MEMBER, ErrorCode.UTF_DATA_FORMAT, ErrorCode.WRONG_TARGET,
            ErrorCode.TARGET_NOT_REPLICA_EXCEPTION, ErrorCode.CANNOT_REPLICATE_EXCEPTION);

    @Test
    void exactlyTheRetrySafeCodesAreRetriedForEveryRequest() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(RetryPolicy.retriesError(code.code(), false)).as(code.name()).isEqualTo(RETRY_SAFE.contains(code));
        }
    }

    @Test
    void aDisconnectedTargetIsRetriedOnlyForRepeatableRequests() {
        assertThat(RetryPolicy.retriesError(ErrorCode.TARGET_DISCONNECTED.code(), false)).isFalse();
        assertThat(RetryPolicy.retriesError(ErrorCode.TARGET_DISCONNECTED.code(), true)).isTrue();
        assertThat(RetryPolicy.retriesError(ErrorCode.ILLEGAL_ARGUMENT.code(), true)).isFalse();
    }

    @Test
    void aLostConnectionIsRetriedWhenTheRequestWasNotWrittenOrIsRepeatable() {
        assertThat(RetryPolicy.retriesLostConnection(false, false)).isTrue();
        assertThat(RetryPolicy.retriesLostConnection(true, true)).isTrue();
        assertThat(RetryPolicy.retriesLostConnection(true, false)).isFalse();
    }

    @Test
    void theFirstRetriesAreImmediateThenPausesDoubleUpToTheMaximum() {
        long max = 1_000_000_000L;
        for (int attempts = 1; attempts <= RetryPolicy.IMMEDIATE_RETRIES; attempts++) {
            assertThat(RetryPolicy.pauseNanos(attempts, max)).isZero();
        }
        assertThat(RetryPolicy.pauseNanos(6, max)).isEqualTo(1_000_000L);
        assertThat(RetryPolicy.pauseNanos(7, max)).isEqualTo(2_000_000L);
        assertThat(RetryPolicy.pauseNanos(8, max)).isEqualTo(4_000_000L);
        assertThat(RetryPolicy.pauseNanos(20, max)).isEqualTo(max);
        assertThat(RetryPolicy.pauseNanos(500, max)).isEqualTo(max);
    }
}
