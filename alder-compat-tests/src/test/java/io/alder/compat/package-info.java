/**
 * Compatibility suites: Java clients against a server under test. Every scenario runs against an
 * embedded reference 3.12.13 member, which proves that the expected results are the real 3.12 behaviour,
 * and against an Alder member started in the same JVM, with both smart and unisocket clients. The map,
 * listener, lock, queue, topic, ringbuffer, counter, reference, latch, semaphore, distributed-object and
 * value round-trip scenarios are written once against {@link io.alder.compat.ClientUnderTest} and
 * client-neutral views of the structures ({@link io.alder.compat.MapView}, {@link io.alder.compat.QueueView},
 * ..., made by {@link io.alder.compat.ClientViews}) and run with the official 3.12.13 client and with Alder's
 * client; the connection scenarios are the official client's. {@link io.alder.compat.GeodeCrossProtocolIT} has
 * Geode protobuf clients share maps with both Java clients: it runs against Alder members only, since the
 * reference member has no Geode endpoint. Each test class shares one server per kind;
 * every test works on structures of its own name. Run with {@code mvn -pl alder-compat-tests verify}; the
 * system property {@code compat.servers} ({@code reference}, {@code alder}, or both, comma separated; both by
 * default) picks the servers. Not shipped.
 */
package io.alder.compat;
