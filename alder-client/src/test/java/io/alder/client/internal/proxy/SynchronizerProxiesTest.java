package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.client.internal.proxy.RecordingObjects.Call;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.AtomicLongCodec;
import io.alder.protocol.codec.AtomicReferenceCodec;
import io.alder.protocol.codec.AtomicReferenceCodec.ReferenceRequest;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.CountDownLatchCodec;
import io.alder.protocol.codec.IntRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RequestFamily;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.SemaphoreCodec;
import io.alder.protocol.codec.SemaphoreCodec.TryAcquireRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.SerializationService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

/**
 * The requests the counter, reference, latch and semaphore proxies build: message, parameters, routing to
 * the partition of the name, retry flag and how long the member may hold the call.
 */
class SynchronizerProxiesTest {

    private static final String NAME = "sync";
    private static final SerializationService SERIALIZATION = SerializationService.createDefault();
    private static final Map<Integer, RequestFamily> FAMILIES = Map.of(0x0a, AtomicLongCodec.REQUESTS,
            0x0b, AtomicReferenceCodec.REQUESTS, 0x0c, CountDownLatchCodec.REQUESTS, 0x0d, SemaphoreCodec.REQUESTS);

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RecordingObjects objects = new RecordingObjects();
    private final Proxies proxies = new Proxies(new AtomicLongProxy(NAME, context, objects),
            new AtomicReferenceProxy<>(NAME, context, objects), new CountDownLatchProxy(NAME, context, objects),
            new SemaphoreProxy(NAME, context, objects));

    /** The four proxies under test, all of the name {@value #NAME}. */
    record Proxies(AtomicLongProxy counter, AtomicReferenceProxy<String> reference, CountDownLatchProxy latch,
            SemaphoreProxy semaphore) {
    }

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    static Stream<Arguments> everyCall() {
        NameRequest name = new NameRequest(NAME);
        ValueRequest function = new ValueRequest(NAME, SERIALIZATION.toData("fn"));
        Duration none = Duration.ZERO;
        return Stream.of(
                call("counter.get", p -> p.counter().get(), ATOMIC_LONG_GET, name, false, none),
                call("counter.set", p -> p.counter().set(5), ATOMIC_LONG_SET, new LongRequest(NAME, 5), false, none),
                call("counter.getAndSet", p -> p.counter().getAndSet(6), ATOMIC_LONG_GET_AND_SET,
                        new LongRequest(NAME, 6), false, none),
                call("counter.addAndGet", p -> p.counter().addAndGet(-2), ATOMIC_LONG_ADD_AND_GET,
                        new LongRequest(NAME, -2), false, none),
                call("counter.getAndAdd", p -> p.counter().getAndAdd(3), ATOMIC_LONG_GET_AND_ADD,
                        new LongRequest(NAME, 3), false, none),
                call("counter.incrementAndGet", p -> p.counter().incrementAndGet(), ATOMIC_LONG_INCREMENT_AND_GET,
                        name, false, none),
                call("counter.decrementAndGet", p -> p.counter().decrementAndGet(), ATOMIC_LONG_DECREMENT_AND_GET,
                        name, false, none),
                call("counter.getAndIncrement", p -> p.counter().getAndIncrement(), ATOMIC_LONG_GET_AND_INCREMENT,
                        name, false, none),
                call("counter.compareAndSet", p -> p.counter().compareAndSet(1, 2), ATOMIC_LONG_COMPARE_AND_SET,
                        new AtomicLongCodec.CompareAndSetRequest(NAME, 1, 2), false, none),
                call("counter.alter", p -> p.counter().alter("fn"), ATOMIC_LONG_ALTER, function, false, none),
                call("counter.alterAndGet", p -> p.counter().alterAndGet("fn"), ATOMIC_LONG_ALTER_AND_GET, function,
                        false, none),
                call("counter.getAndAlter", p -> p.counter().getAndAlter("fn"), ATOMIC_LONG_GET_AND_ALTER, function,
                        false, none),
                call("counter.apply", p -> p.counter().apply("fn"), ATOMIC_LONG_APPLY, function, false, none),
                call("reference.get", p -> p.reference().get(), ATOMIC_REFERENCE_GET, name, true, none),
                call("reference.set", p -> p.reference().set("v"), ATOMIC_REFERENCE_SET, reference("v"), false, none),
                call("reference.set(null)", p -> p.reference().set(null), ATOMIC_REFERENCE_SET, reference(null),
                        false, none),
                call("reference.getAndSet", p -> p.reference().getAndSet("v"), ATOMIC_REFERENCE_GET_AND_SET,
                        reference("v"), false, none),
                call("reference.setAndGet", p -> p.reference().setAndGet("v"), ATOMIC_REFERENCE_SET_AND_GET,
                        reference("v"), false, none),
                call("reference.compareAndSet", p -> p.reference().compareAndSet(null, "w"),
                        ATOMIC_REFERENCE_COMPARE_AND_SET, new AtomicReferenceCodec.CompareAndSetRequest(NAME, null,
                                SERIALIZATION.toData("w")), false, none),
                call("reference.isNull", p -> p.reference().isNull(), ATOMIC_REFERENCE_IS_NULL, name, true, none),
                call("reference.clear", p -> p.reference().clear(), ATOMIC_REFERENCE_CLEAR, name, false, none),
                call("reference.contains", p -> p.reference().contains("v"), ATOMIC_REFERENCE_CONTAINS,
                        reference("v"), true, none),
                call("reference.alter", p -> p.reference().alter("fn"), ATOMIC_REFERENCE_ALTER, function, false, none),
                call("reference.alterAndGet", p -> p.reference().alterAndGet("fn"), ATOMIC_REFERENCE_ALTER_AND_GET,
                        function, false, none),
                call("reference.getAndAlter", p -> p.reference().getAndAlter("fn"), ATOMIC_REFERENCE_GET_AND_ALTER,
                        function, false, none),
                call("reference.apply", p -> p.reference().apply("fn"), ATOMIC_REFERENCE_APPLY, function, false, none),
                call("latch.await", p -> p.latch().await(2, TimeUnit.SECONDS), COUNT_DOWN_LATCH_AWAIT,
                        new LongRequest(NAME, 2000), false, Duration.ofSeconds(2)),
                call("latch.await(negative)", p -> p.latch().await(-1, TimeUnit.SECONDS), COUNT_DOWN_LATCH_AWAIT,
                        new LongRequest(NAME, -1), false, null),
                call("latch.countDown", p -> p.latch().countDown(), COUNT_DOWN_LATCH_COUNT_DOWN, name, false, none),
                call("latch.getCount", p -> p.latch().getCount(), COUNT_DOWN_LATCH_GET_COUNT, name, true, none),
                call("latch.trySetCount", p -> p.latch().trySetCount(3), COUNT_DOWN_LATCH_TRY_SET_COUNT,
                        new IntRequest(NAME, 3), false, none),
                call("semaphore.init", p -> p.semaphore().init(4), SEMAPHORE_INIT, new IntRequest(NAME, 4), false,
                        none),
                call("semaphore.acquire", p -> p.semaphore().acquire(), SEMAPHORE_ACQUIRE, new IntRequest(NAME, 1),
                        false, null),
                call("semaphore.acquire(2)", p -> p.semaphore().acquire(2), SEMAPHORE_ACQUIRE,
                        new IntRequest(NAME, 2), false, null),
                call("semaphore.tryAcquire", p -> p.semaphore().tryAcquire(), SEMAPHORE_TRY_ACQUIRE,
                        new TryAcquireRequest(NAME, 1, 0), false, none),
                call("semaphore.tryAcquire(2)", p -> p.semaphore().tryAcquire(2), SEMAPHORE_TRY_ACQUIRE,
                        new TryAcquireRequest(NAME, 2, 0), false, none),
                call("semaphore.tryAcquire(timeout)", p -> p.semaphore().tryAcquire(500, TimeUnit.MICROSECONDS),
                        SEMAPHORE_TRY_ACQUIRE, new TryAcquireRequest(NAME, 1, 1), false, Duration.ofMillis(1)),
                call("semaphore.tryAcquire(2, timeout)", p -> p.semaphore().tryAcquire(2, 3, TimeUnit.SECONDS),
                        SEMAPHORE_TRY_ACQUIRE, new TryAcquireRequest(NAME, 2, 3000), false, Duration.ofSeconds(3)),
                call("semaphore.tryAcquire(negative timeout)", p -> p.semaphore().tryAcquire(1, -5, TimeUnit.SECONDS),
                        SEMAPHORE_TRY_ACQUIRE, new TryAcquireRequest(NAME, 1, -1), false, null),
                call("semaphore.availablePermits", p -> p.semaphore().availablePermits(), SEMAPHORE_AVAILABLE_PERMITS,
                        name, true, none),
                call("semaphore.drainPermits", p -> p.semaphore().drainPermits(), SEMAPHORE_DRAIN_PERMITS, name,
                        false, none),
                call("semaphore.reducePermits", p -> p.semaphore().reducePermits(2), SEMAPHORE_REDUCE_PERMITS,
                        new IntRequest(NAME, 2), false, none),
                call("semaphore.increasePermits", p -> p.semaphore().increasePermits(3), SEMAPHORE_INCREASE_PERMITS,
                        new IntRequest(NAME, 3), false, none),
                call("semaphore.release", p -> p.semaphore().release(), SEMAPHORE_RELEASE, new IntRequest(NAME, 1),
                        false, none),
                call("semaphore.release(5)", p -> p.semaphore().release(5), SEMAPHORE_RELEASE,
                        new IntRequest(NAME, 5), false, none));
    }

    private static Arguments call(String description, Consumer<Proxies> call, MessageType type,
            CodecRequest request, boolean retryable, Duration waitTime) {
        return Arguments.of(description, call, type, request, retryable, waitTime);
    }

    private static ReferenceRequest reference(Object value) {
        return new ReferenceRequest(NAME, SERIALIZATION.toData(value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCall")
    @DisplayName("each call sends its message to the name's partition, retryable and held as 3.12 has it")
    void sendsItsRequest(String description, Consumer<Proxies> call, MessageType type, CodecRequest request,
            boolean retryable, Duration waitTime) {
        call.accept(proxies);

        Invocation invocation = sent.single();
        ClientMessage message = invocation.request();
        assertThat(message.type()).isEqualTo(type.id());
        assertThat(message.partitionId()).isEqualTo(context.partitionIdOfName(NAME));
        assertThat(FAMILIES.get(type.serviceId()).decode(message)).isEqualTo(request);
        assertThat(invocation.idempotent()).as("retryable").isEqualTo(retryable);
        assertThat(invocation.waitTime()).isEqualTo(waitTime);
    }

    @Test
    @DisplayName("an object with a partition key in its name goes to the partition of the key")
    void partitionKey() {
        new SemaphoreProxy("gate@tenant-7", context, objects).availablePermits();

        assertThat(sent.single().request().partitionId()).isEqualTo(context.partitionIdOfName("tenant-7"));
    }

    @Test
    @DisplayName("answers are decoded: numbers as they are, values deserialized, null as null")
    void decodesAnswers() {
        CompletableFuture<Long> counted = proxies.counter().incrementAndGet();
        CompletableFuture<String> value = proxies.reference().get();
        CompletableFuture<String> none = proxies.reference().getAndSet("x");
        CompletableFuture<Integer> available = proxies.semaphore().availablePermits();
        CompletableFuture<Boolean> awaited = proxies.latch().await(1, TimeUnit.SECONDS);

        List<Invocation> invocations = sent.invocations();
        invocations.get(0).response().complete(ResponseCodec.encodeLong(context.allocator(), 1, 42L));
        invocations.get(1).response().complete(ResponseCodec.encodeData(context.allocator(), 2, context.toData("v")));
        invocations.get(2).response().complete(ResponseCodec.encodeData(context.allocator(), 3, null));
        invocations.get(3).response().complete(ResponseCodec.encodeInt(context.allocator(), 4, -3));
        invocations.get(4).response().complete(ResponseCodec.encodeBoolean(context.allocator(), 5, false));

        assertThat(counted.join()).isEqualTo(42);
        assertThat(value.join()).isEqualTo("v");
        assertThat(none.join()).isNull();
        assertThat(available.join()).isEqualTo(-3);
        assertThat(awaited.join()).isFalse();
    }

    @Test
    @DisplayName("a negative count or number of permits is refused by the call itself, as 3.12's client does")
    void negativeArguments() {
        assertThatThrownBy(() -> proxies.latch().trySetCount(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count can't be negative");
        SemaphoreProxy semaphore = proxies.semaphore();
        for (Runnable call : List.<Runnable>of(() -> semaphore.init(-1), () -> semaphore.acquire(-1),
                () -> semaphore.tryAcquire(-1), () -> semaphore.tryAcquire(-1, 1, TimeUnit.SECONDS),
                () -> semaphore.reducePermits(-1), () -> semaphore.increasePermits(-1), () -> semaphore.release(-1))) {
            assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Permits cannot be negative!");
        }
        assertThatThrownBy(() -> proxies.counter().alter(null)).isInstanceOf(NullPointerException.class);
        assertThat(sent.invocations()).isEmpty();
    }

    @Test
    @DisplayName("destroy destroys each object under its 3.12 service name")
    void destroy() {
        proxies.counter().destroy();
        proxies.reference().destroy();
        proxies.latch().destroy();
        proxies.semaphore().destroy();

        assertThat(objects.calls()).extracting(Call::operation, Call::serviceName, Call::name).containsExactly(
                tuple("destroy", "hz:impl:atomicLongService", NAME),
                tuple("destroy", "hz:impl:atomicReferenceService", NAME),
                tuple("destroy", "hz:impl:countDownLatchService", NAME),
                tuple("destroy", "hz:impl:semaphoreService", NAME));
    }
}
