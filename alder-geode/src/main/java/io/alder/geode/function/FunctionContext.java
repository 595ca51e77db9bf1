package io.alder.geode.function;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link MemberFunction} runs with.
 *
 * @param arguments the client's arguments as a Java object (see {@link RegionView} for the types), or null
 * @param region the region it runs on, for {@code ExecuteFunctionOnRegion}; empty otherwise
 * @param keyFilter the keys the client narrowed a region function to; empty for all keys
 * @param memberName the name of the member it runs on
 */
public record FunctionContext(Object arguments, Optional<RegionView> region, List<Object> keyFilter,
        String memberName) {

    public FunctionContext {
        keyFilter = List.copyOf(keyFilter);
    }
}
