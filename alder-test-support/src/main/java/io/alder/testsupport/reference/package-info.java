/**
 * The official 3.12.13 implementations as test fixtures: embedded reference members and official Java
 * client settings, both as the official-clients runbook prescribes (loopback only, fail fast, quiet).
 * Members run in the calling test's JVM; nothing here is thread-confined.
 */
package io.alder.testsupport.reference;
