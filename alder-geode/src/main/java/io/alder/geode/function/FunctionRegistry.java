package io.alder.geode.function;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The functions a member offers, by id. Immutable and thread-safe. */
public final class FunctionRegistry {

    private final Map<String, MemberFunction> byId;

    private FunctionRegistry(Map<String, MemberFunction> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** No functions. */
    public static FunctionRegistry empty() {
        return new FunctionRegistry(Map.of());
    }

    /** The functions listed in {@code META-INF/services/io.alder.geode.function.MemberFunction} on the class path. */
    public static FunctionRegistry discover() {
        FunctionRegistry registry = empty();
        for (MemberFunction function : ServiceLoader.load(MemberFunction.class)) {
            registry = registry.with(function);
        }
        return registry;
    }

    /**
     * This registry plus {@code function}.
     *
     * @throws IllegalArgumentException if another function already has its id
     */
    public FunctionRegistry with(MemberFunction function) {
        MemberFunction existing = byId.get(function.id());
        if (existing != null) {
            throw new IllegalArgumentException("Two functions have the id '" + function.id() + "': "
                    + existing.getClass().getName() + " and " + function.getClass().getName());
        }
        Map<String, MemberFunction> more = new LinkedHashMap<>(byId);
        more.put(function.id(), function);
        return new FunctionRegistry(more);
    }

    /** The function of an id. */
    public Optional<MemberFunction> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
