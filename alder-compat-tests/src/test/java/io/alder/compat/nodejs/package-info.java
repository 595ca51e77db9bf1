/**
 * The official Node.js client {@code hazelcast-client@3.12.3} against a server under test. The scenarios
 * are Node.js scripts in {@code src/test/nodejs/scenarios} (see the README there); {@link
 * io.alder.compat.nodejs.NodeClientCompatIT} starts each server, runs every script with both routing
 * modes in a {@code node} process and requires it to pass. The scripts' dependencies come from {@code npm
 * ci} in {@code src/test/nodejs}, which must run before the Maven build. Not shipped.
 */
package io.alder.compat.nodejs;
