/**
 * Alder's Java client API: connect with {@link io.alder.client.AlderClient#connect}, then work with
 * distributed maps through {@link io.alder.client.AlderMap} (blocking) or
 * {@link io.alder.client.AsyncAlderMap} (returns {@link java.util.concurrent.CompletionStage}s), with
 * distributed queues through {@link io.alder.client.AlderQueue} (a
 * {@link java.util.concurrent.BlockingQueue}) or {@link io.alder.client.AsyncAlderQueue} (returns
 * {@link java.util.concurrent.CompletableFuture}s), and with topics and reliable topics
 * ({@link io.alder.client.AlderTopic}), ringbuffers ({@link io.alder.client.AlderRingbuffer}), sets
 * ({@link io.alder.client.AlderSet}, a {@link java.util.Set}), lists ({@link io.alder.client.AlderList}, a
 * {@link java.util.List}), locks with their conditions ({@link io.alder.client.AlderLock},
 * {@link io.alder.client.AlderCondition}), multimaps ({@link io.alder.client.AlderMultiMap}), replicated maps
 * ({@link io.alder.client.AlderReplicatedMap}), counters ({@link io.alder.client.AlderAtomicLong}), references
 * ({@link io.alder.client.AlderAtomicReference}), count-down latches ({@link io.alder.client.AlderCountDownLatch})
 * and semaphores ({@link io.alder.client.AlderSemaphore}) likewise, each with an {@code async()} view. The
 * client works with Alder members and with 3.12 members alike, over the Open Binary Client Protocol 1.x.
 *
 * <pre>{@code
 * try (AlderClient client = AlderClient.connect(ClientConfig.builder().address("10.0.0.1:5701").build())) {
 *     AlderMap<String, Order> orders = client.getMap("orders");
 *     orders.put("o-1", order);
 *     orders.async().get("o-1").thenAccept(System.out::println);
 * }
 * }</pre>
 *
 * <p>Everything here is thread-safe. Blocking calls block the calling thread only; asynchronous stages may
 * complete on the client's I/O threads, and listeners are called on its event threads: neither should
 * block. Locks belong to the calling thread.
 */
package io.alder.client;
