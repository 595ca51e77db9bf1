/**
 * Apache Geode's own protobuf client, the experimental driver of Geode 1.14.4, against Alder's Geode endpoint,
 * with every scenario run against a real Geode 1.14.4 server as well, which proves that the expected results are
 * Geode's behaviour; the answers to the driver's requests are also compared byte for byte. The Geode server runs in
 * the test JVM ({@link io.alder.geodecompat.GeodeServer}); the Alder member too, in a class loader of its own
 * ({@link io.alder.geodecompat.AlderClassLoader}), since Geode's generated messages need the protobuf 3.x runtime and
 * Alder's the 4.x one. Run with {@code mvn -pl alder-geode-compat verify}. Not shipped.
 */
package io.alder.geodecompat;
