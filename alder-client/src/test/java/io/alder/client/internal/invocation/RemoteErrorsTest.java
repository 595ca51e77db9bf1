package io.alder.client.internal.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.client.AuthenticationException;
import io.alder.client.MemberErrorException;
import io.alder.client.OperationTimeoutException;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.ErrorCodec.StackFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteErrorsTest {

    private static final List<StackFrame> TRACE = List.of(
            new StackFrame("com.hazelcast.concurrent.lock.LockResourceImpl", "unlock", "LockResourceImpl.java", 142),
            new StackFrame("com.hazelcast.spi.Operation", "call", null, -1),
            new StackFrame("###### Caused by: (25) java.lang.IllegalArgumentException: bad key ------", "", null, -1),
            new StackFrame("com.hazelcast.map.Keys", "check", "Keys.java", 7));

    private static RuntimeException convert(ErrorCode code, String className, int causeCode, String causeClassName) {
        return RemoteErrors.toException(new ErrorCodec.Error(code.code(), className, "the message", TRACE, causeCode,
                causeClassName));
    }

    @Test
    void standardJavaExceptionsKeepTheirTypeMessageAndTheMembersStackTrace() {
        RuntimeException exception = convert(ErrorCode.ILLEGAL_MONITOR_STATE,
                ErrorCode.ILLEGAL_MONITOR_STATE.className(), 0, null);

        assertThat(exception).isExactlyInstanceOf(IllegalMonitorStateException.class).hasMessage("the message")
                .hasNoCause();
        assertThat(exception.getStackTrace()).extracting(StackTraceElement::getMethodName).containsExactly("unlock", "call");
        assertThat(exception.getStackTrace()[0].getLineNumber()).isEqualTo(142);
    }

    @Test
    void anUndefinedCodeWithAStandardClassNameBecomesThatClass() {
        assertThat(convert(ErrorCode.UNDEFINED, "java.lang.IllegalStateException", 0, null))
                .isExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void theNamedCauseIsRebuiltWithTheMessageOfItsMarker() {
        RuntimeException exception = convert(ErrorCode.HAZELCAST, ErrorCode.HAZELCAST.className(),
                ErrorCode.ILLEGAL_ARGUMENT.code(), "java.lang.IllegalArgumentException");

        assertThat(exception).isInstanceOf(MemberErrorException.class)
                .hasMessageContaining("com.hazelcast.core.HazelcastException").hasMessageContaining("error code 20");
        assertThat(((MemberErrorException) exception).errorCode()).isEqualTo(20);
        assertThat(exception.getCause()).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("bad key");
    }

    @Test
    void codesWithoutAStandardTypeBecomeClientExceptions() {
        assertThat(convert(ErrorCode.AUTHENTICATION, ErrorCode.AUTHENTICATION.className(), 0, null))
                .isInstanceOf(AuthenticationException.class);
        assertThat(convert(ErrorCode.OPERATION_TIMEOUT, ErrorCode.OPERATION_TIMEOUT.className(), 0, null))
                .isInstanceOf(OperationTimeoutException.class);
        assertThat(convert(ErrorCode.QUERY, ErrorCode.QUERY.className(), 0, null))
                .isInstanceOfSatisfying(MemberErrorException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.QUERY.code());
                    assertThat(e.remoteClassName()).isEqualTo("com.hazelcast.query.QueryException");
                });
    }
}
