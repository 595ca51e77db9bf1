package io.alder.compat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes client-neutral views ({@link MapView}, {@link QueueView}, {@link TopicView}, {@link RingbufferView},
 * {@link AtomicLongView}, {@link AtomicReferenceView}, {@link CountDownLatchView}, {@link SemaphoreView}): a
 * proxy that forwards each call to the method of the same name and parameter types of the client's own object,
 * converting only what the {@link ViewDialect} says differs (listeners and enums in, futures out), and entry
 * views and read results to {@link SeenEntryView}s and {@link SeenReadResult}s, also inside futures. Where the
 * client has no such method but one with further parameters after those (3.12's optional filter of
 * {@code Ringbuffer.readManyAsync}), that one is called with null for them. A client's exception reaches the
 * caller as it is.
 */
final class ClientViews implements InvocationHandler {

    /** The client method each view method stands for, looked up once per dialect. */
    private static final Map<Resolution, Backing> BACKING_METHODS = new ConcurrentHashMap<>();

    private record Resolution(ViewDialect dialect, Method viewMethod) {
    }

    /**
     * A client method, and how many parameters it has after the view method's.
     *
     * @param omitted the number of trailing arguments passed as null
     */
    private record Backing(Method method, int omitted) {
    }

    private final Object backing;
    private final ViewDialect dialect;

    private ClientViews(Object backing, ViewDialect dialect) {
        this.backing = backing;
        this.dialect = dialect;
    }

    /**
     * A view of type {@code viewType} of {@code backing}, an object of {@code dialect.backingType()}; typed as
     * the caller's parameterization of it, e.g. {@code QueueView<String>}.
     */
    @SuppressWarnings("unchecked")
    static <V extends ClientView> V over(Class<? super V> viewType, Object backing, ViewDialect dialect) {
        return (V) Proxy.newProxyInstance(viewType.getClassLoader(), new Class<?>[] {viewType},
                new ClientViews(backing, dialect));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        if (method.getDeclaringClass() == ClientView.class) {
            return backing;
        }
        boolean async = method.getReturnType() == CompletableFuture.class;
        Object target = async ? dialect.asyncView(backing) : backing;
        Backing backingMethod = BACKING_METHODS.computeIfAbsent(new Resolution(dialect, method),
                ClientViews::backingMethod);
        Object result = call(target, backingMethod.method(), arguments(args, backingMethod.omitted()));
        if (async) {
            Class<?> valueType = futureValueType(method);
            return dialect.future(result).thenApply(value -> neutral(valueType, value));
        }
        return neutral(method.getReturnType(), result);
    }

    private static Backing backingMethod(Resolution resolution) {
        ViewDialect dialect = resolution.dialect();
        Method viewMethod = resolution.viewMethod();
        boolean async = viewMethod.getReturnType() == CompletableFuture.class;
        Class<?> type = async ? dialect.asyncType() : dialect.backingType();
        String name = async ? dialect.asyncMethod(viewMethod.getName()) : viewMethod.getName();
        Class<?>[] parameters = Arrays.stream(viewMethod.getParameterTypes())
                .map(dialect.parameters()::parameterType)
                .toArray(Class<?>[]::new);
        try {
            return new Backing(type.getMethod(name, parameters), 0);
        } catch (NoSuchMethodException e) {
            return Arrays.stream(type.getMethods())
                    .filter(candidate -> candidate.getName().equals(name)
                            && candidate.getParameterCount() > parameters.length
                            && Arrays.equals(candidate.getParameterTypes(), 0, parameters.length, parameters, 0,
                                    parameters.length))
                    .findFirst()
                    .map(candidate -> new Backing(candidate, candidate.getParameterCount() - parameters.length))
                    .orElseThrow(() -> new UnsupportedOperationException(type.getSimpleName() + " has no " + name, e));
        }
    }

    /** The type a view method's CompletableFuture completes with, e.g. {@link SeenReadResult}. */
    private static Class<?> futureValueType(Method method) {
        Type type = method.getGenericReturnType();
        if (type instanceof ParameterizedType future) {
            Type value = future.getActualTypeArguments()[0];
            if (value instanceof ParameterizedType parameterized) {
                return (Class<?>) parameterized.getRawType();
            }
            if (value instanceof Class<?> valueClass) {
                return valueClass;
            }
        }
        return Object.class;
    }

    /** The view's form of a client's result, for a view method that returns {@code viewType}. */
    private static Object neutral(Class<?> viewType, Object result) {
        if (result == null) {
            return null;
        }
        if (viewType == SeenEntryView.class) {
            return SeenEntryView.of(result);
        }
        if (viewType == SeenReadResult.class) {
            return SeenReadResult.of(result);
        }
        return result;
    }

    private Object[] arguments(Object[] args, int omitted) {
        Object[] given = args == null ? new Object[0] : args;
        Object[] arguments = Arrays.copyOf(given, given.length + omitted);
        for (int i = 0; i < given.length; i++) {
            arguments[i] = dialect.parameters().argument(given[i]);
        }
        return arguments;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "view of " + backing;
        };
    }
}
