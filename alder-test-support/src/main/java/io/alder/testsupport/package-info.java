/**
 * Test harnesses shared by Alder's test suites: a raw-wire protocol client, a reader for the golden
 * captures of real 3.12 traffic, and helpers to run members in the test JVM. Never shipped.
 */
package io.alder.testsupport;
