/**
 * Serialized values in the Hazelcast 3.12 layout ({@link io.alder.serialization.Data}), the built-in
 * serializers the member needs to read names and keys, and the partition hash.
 *
 * <p>Everything here is immutable or stateless and safe to use from any thread.
 */
package io.alder.serialization;
