package io.alder.compat;

import java.util.function.Function;

/**
 * How one parameter type of a client-neutral view becomes a client's own: a view method's parameter of type
 * {@code viewType} stands for the client's parameter of type {@code clientType}, and each argument of it is
 * passed on as what {@code convert} makes of it. Listeners cross so (the view's recording listener becomes a
 * listener of the client's own interfaces), and so do enums that each client has its own copy of.
 *
 * @param <R> the view's parameter type, e.g. {@link RecordingListener}
 * @param convert makes the client's argument of the view's
 */
record ParameterBridge<R>(Class<R> viewType, Class<?> clientType, Function<R, Object> convert) {

    /** For a view whose parameters are all the client's own types. */
    static final ParameterBridge<Void> NONE = new ParameterBridge<>(Void.class, Void.class, nothing -> nothing);

    /** The client's parameter type for a parameter of the view of type {@code viewParameter}. */
    Class<?> parameterType(Class<?> viewParameter) {
        return viewParameter == viewType ? clientType : viewParameter;
    }

    /** The client's argument for an argument {@code viewArgument} of a view method. */
    Object argument(Object viewArgument) {
        return viewType.isInstance(viewArgument) ? convert.apply(viewType.cast(viewArgument)) : viewArgument;
    }
}
