package io.alder.compat;

import java.util.function.Function;

/**
 * How the listeners of a client-neutral view become a client's own: a view method's parameter of type
 * {@code recordingType} stands for the client's parameter of type {@code listenerType}, and each argument
 * of it is passed on as what {@code listener} makes of it.
 *
 * @param <R> the view's listener type, e.g. {@link RecordingListener}
 * @param listener makes a listener of the client's own types that tells the recording one what it hears
 */
record ListenerBridge<R>(Class<R> recordingType, Class<?> listenerType, Function<R, Object> listener) {

    /** The client's parameter type for a parameter of the view of type {@code viewParameter}. */
    Class<?> parameterType(Class<?> viewParameter) {
        return viewParameter == recordingType ? listenerType : viewParameter;
    }

    /** The client's argument for an argument {@code viewArgument} of a view method. */
    Object argument(Object viewArgument) {
        return recordingType.isInstance(viewArgument) ? listener.apply(recordingType.cast(viewArgument)) : viewArgument;
    }
}
