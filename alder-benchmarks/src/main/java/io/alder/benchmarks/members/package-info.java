/**
 * Entry points that run one member per JVM for benchmarks: the reference 3.12.13 member and Alder.
 * Each listens on loopback at a given port and shuts down cleanly on SIGTERM.
 */
package io.alder.benchmarks.members;
