package io.alder.geode.function;

import java.util.List;

/**
 * A function registered on the member that Geode protobuf clients run by id, on a region, on named members or
 * on member groups ({@code ExecuteFunctionOn*Request}). Register one by listing its class in
 * {@code META-INF/services/io.alder.geode.function.MemberFunction} on the member's class path, or through
 * {@link FunctionRegistry#with}.
 *
 * <p>Functions run on the member's function threads, never on an I/O thread, so they may block (a region
 * write waits while a Hazelcast client holds the key's lock). They must be thread-safe: clients call them
 * concurrently.
 */
public interface MemberFunction {

    /** The id clients name the function by. */
    String id();

    /**
     * Runs the function once on this member.
     *
     * @return the results sent back to the client, each null, String, Integer, Long, Short, Byte, Boolean,
     *         Double, Float, byte[] or {@link io.alder.serialization.JsonValue}
     * @throws Exception the client gets a SERVER_ERROR carrying its message
     */
    List<Object> execute(FunctionContext context) throws Exception;
}
