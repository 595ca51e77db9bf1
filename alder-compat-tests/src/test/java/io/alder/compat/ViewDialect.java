package io.alder.compat;

import java.util.concurrent.CompletableFuture;

/**
 * What one client's API for one kind of structure does differently from the client-neutral view of it.
 * Everything else has the same name and parameters in 3.12's and Alder's API, so {@link ClientViews} forwards
 * it as it is.
 */
interface ViewDialect {

    /** The client's public interface of the structure, whose methods the view's calls are forwarded to. */
    Class<?> backingType();

    /** The interface of {@link #asyncView}'s result. */
    Class<?> asyncType();

    /** What the asynchronous methods are called on, for the client's object {@code backing}. */
    Object asyncView(Object backing);

    /** The name of the asynchronous method that the view's {@code viewMethod} (e.g. getAsync) stands for. */
    String asyncMethod(String viewMethod);

    /** The client's pending result as a CompletableFuture. */
    CompletableFuture<Object> future(Object pending);

    /** How the view's parameters of a type the client does not take (listeners, enums) become the client's. */
    ParameterBridge<?> parameters();
}
