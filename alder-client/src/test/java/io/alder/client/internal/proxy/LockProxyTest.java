package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.client.AsyncAlderCondition;
import io.alder.client.AsyncAlderLock;
import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ConditionCodec;
import io.alder.protocol.codec.ConditionCodec.AwaitRequest;
import io.alder.protocol.codec.ConditionCodec.BeforeAwaitRequest;
import io.alder.protocol.codec.ConditionCodec.SignalRequest;
import io.alder.protocol.codec.LockCodec;
import io.alder.protocol.codec.LockCodec.LockRequest;
import io.alder.protocol.codec.LockCodec.TryLockRequest;
import io.alder.protocol.codec.LockCodec.UnlockRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Partitions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The requests the lock and condition proxies build: routing, owners, reference ids, timeouts and the await steps. */
class LockProxyTest {

    private static final String NAME = "orders-lock";
    private static final int PARTITION = Partitions.partitionIdOfName(NAME, 271);

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final LockProxy lock = new LockProxy(NAME, context, new LockReferenceIds(), new RecordingObjects());
    private final AsyncAlderCondition condition = lock.newCondition("ready");

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    static Stream<Arguments> everyLockOperation() {
        return Stream.of(
                operation("lock", LOCK_LOCK, AsyncAlderLock::lock),
                operation("lock with lease", LOCK_LOCK, lock -> lock.lock(1, TimeUnit.SECONDS)),
                operation("tryLock", LOCK_TRY_LOCK, AsyncAlderLock::tryLock),
                operation("tryLock with timeout", LOCK_TRY_LOCK, lock -> lock.tryLock(1, TimeUnit.SECONDS)),
                operation("unlock", LOCK_UNLOCK, AsyncAlderLock::unlock),
                operation("forceUnlock", LOCK_FORCE_UNLOCK, AsyncAlderLock::forceUnlock),
                operation("isLocked", LOCK_IS_LOCKED, AsyncAlderLock::isLocked),
                operation("isLockedByCurrentThread", LOCK_IS_LOCKED_BY_CURRENT_THREAD,
                        AsyncAlderLock::isLockedByCurrentThread),
                operation("getLockCount", LOCK_GET_LOCK_COUNT, AsyncAlderLock::getLockCount),
                operation("getRemainingLeaseTime", LOCK_GET_REMAINING_LEASE_TIME, AsyncAlderLock::getRemainingLeaseTime));
    }

    private static Arguments operation(String name, MessageType type, Consumer<AsyncAlderLock> call) {
        return Arguments.of(name, type, call);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyLockOperation")
    @DisplayName("each lock operation goes to the partition of the lock's name, retryable as 3.12 marks it")
    void routing(String operation, MessageType type, Consumer<AsyncAlderLock> call) {
        call.accept(lock);

        Invocation invocation = sent.single();
        assertThat(invocation.request().type()).isEqualTo(type.id());
        assertThat(invocation.request().partitionId()).isEqualTo(PARTITION);
        assertThat(invocation.idempotent()).as("every Lock message is retryable").isTrue();
    }

    @Test
    @DisplayName("lock calls name the calling thread, carry fresh reference ids, and wait as long as the member holds them")
    void ownersReferenceIdsAndWaitTimes() {
        lock.lock();
        lock.tryLock();
        lock.tryLock(2, TimeUnit.SECONDS, 5, TimeUnit.SECONDS);
        lock.unlock();

        long thread = Thread.currentThread().getId();
        LockRequest locked = decodeLock(0, LockRequest.class);
        TryLockRequest tried = decodeLock(1, TryLockRequest.class);
        TryLockRequest leased = decodeLock(2, TryLockRequest.class);
        UnlockRequest unlocked = decodeLock(3, UnlockRequest.class);
        assertThat(locked).isEqualTo(new LockRequest(NAME, -1, thread, locked.referenceId()));
        assertThat(tried).as("no lease: 3.12's Long.MAX_VALUE").isEqualTo(
                new TryLockRequest(NAME, thread, Long.MAX_VALUE, 0, tried.referenceId()));
        assertThat(leased).isEqualTo(new TryLockRequest(NAME, thread, 5000, 2000, leased.referenceId()));
        assertThat(unlocked.threadId()).isEqualTo(thread);
        assertThat(Stream.of(locked.referenceId(), tried.referenceId(), leased.referenceId(), unlocked.referenceId()))
                .doesNotHaveDuplicates();
        assertThat(sent.invocations()).map(Invocation::waitTime)
                .containsExactly(null, Duration.ZERO, Duration.ofSeconds(2), Duration.ZERO);
    }

    @Test
    @DisplayName("await leaves the lock with beforeAwait first, then awaits for the same thread on the lock's partition")
    void awaitInTwoSteps() {
        CompletableFuture<Boolean> awaited = condition.await(3, TimeUnit.SECONDS);

        Invocation before = sent.single();
        assertThat(before.request().partitionId()).isEqualTo(PARTITION);
        BeforeAwaitRequest leave = ConditionCodec.REQUESTS.decodeAs(before.request(), BeforeAwaitRequest.class);
        long thread = Thread.currentThread().getId();
        assertThat(leave).isEqualTo(new BeforeAwaitRequest("ready", thread, NAME, leave.referenceId()));
        before.response().complete(ResponseCodec.encodeVoid(context.allocator(), 0, null));

        Invocation await = sent.invocations().get(1);
        AwaitRequest waiting = ConditionCodec.REQUESTS.decodeAs(await.request(), AwaitRequest.class);
        assertThat(waiting).isEqualTo(new AwaitRequest("ready", thread, 3000, NAME, waiting.referenceId()));
        assertThat(waiting.referenceId()).isNotEqualTo(leave.referenceId());
        assertThat(await.request().partitionId()).isEqualTo(PARTITION);
        assertThat(await.waitTime()).as("after its timeout it still waits for the lock").isNull();
        assertThat(await.idempotent()).isTrue();
        await.response().complete(ResponseCodec.encodeBoolean(context.allocator(), 0, true));
        assertThat(awaited).isCompletedWithValue(true);
    }

    @Test
    @DisplayName("await without a time limit sends -1; signal and signalAll are not retried")
    void signalsAndUnlimitedAwait() {
        condition.await();
        sent.single().response().complete(ResponseCodec.encodeVoid(context.allocator(), 0, null));
        condition.signal();
        condition.signalAll();

        assertThat(ConditionCodec.REQUESTS.decodeAs(sent.invocations().get(1).request(), AwaitRequest.class).timeout())
                .isEqualTo(-1);
        Invocation signal = sent.invocations().get(2);
        Invocation signalAll = sent.invocations().get(3);
        assertThat(signal.request().type()).isEqualTo(CONDITION_SIGNAL.id());
        assertThat(signalAll.request().type()).isEqualTo(CONDITION_SIGNAL_ALL.id());
        assertThat(ConditionCodec.REQUESTS.decodeAs(signal.request(), SignalRequest.class))
                .isEqualTo(new SignalRequest("ready", Thread.currentThread().getId(), NAME));
        assertThat(signal.idempotent()).isFalse();
        assertThat(signalAll.idempotent()).isFalse();
    }

    private <R extends CodecRequest> R decodeLock(int index, Class<R> shape) {
        return LockCodec.REQUESTS.decodeAs(sent.invocations().get(index).request(), shape);
    }
}
