package io.alder.compat;

import java.util.concurrent.CompletableFuture;

/**
 * What one client's map API does differently from the other's. Everything else has the same name and
 * parameters in 3.12's {@code IMap} and Alder's {@code AlderMap}, so {@link MapViews} forwards it as it is.
 */
interface MapDialect {

    /** The client's public map interface, whose methods {@link MapView} calls are forwarded to. */
    Class<?> mapType();

    /** The interface of {@link #asyncView}'s result. */
    Class<?> asyncType();

    /** What the asynchronous methods are called on, for the client's map object {@code map}. */
    Object asyncView(Object map);

    /** The name of the asynchronous method that {@link MapView}'s {@code viewMethod} (e.g. getAsync) stands for. */
    String asyncMethod(String viewMethod);

    /** The client's pending result as a CompletableFuture. */
    CompletableFuture<Object> future(Object pending);

    /** The type of the listener parameter of the client's {@code addEntryListener}. */
    Class<?> listenerType();

    /** A listener of the client's own types that tells {@code recording} what it hears. */
    Object listener(RecordingListener recording);
}
