package io.alder.compat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes client-neutral views ({@link MapView}, {@link QueueView}): a proxy that forwards each call to the method
 * of the same name and parameter types of the client's own object, converting only what the
 * {@link ViewDialect} says differs (listeners in, futures out), and entry views to {@link SeenEntryView}s. A
 * client's exception reaches the caller as it is.
 */
final class ClientViews implements InvocationHandler {

    /** The client method each view method stands for, looked up once per dialect. */
    private static final Map<Resolution, Method> BACKING_METHODS = new ConcurrentHashMap<>();

    private record Resolution(ViewDialect dialect, Method viewMethod) {
    }

    private final Object backing;
    private final ViewDialect dialect;

    private ClientViews(Object backing, ViewDialect dialect) {
        this.backing = backing;
        this.dialect = dialect;
    }

    /** A view of type {@code viewType} of {@code backing}, an object of {@code dialect.backingType()}. */
    static <V extends ClientView> V over(Class<V> viewType, Object backing, ViewDialect dialect) {
        return viewType.cast(Proxy.newProxyInstance(viewType.getClassLoader(), new Class<?>[] {viewType},
                new ClientViews(backing, dialect)));
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
        Method backingMethod = BACKING_METHODS.computeIfAbsent(new Resolution(dialect, method),
                ClientViews::backingMethod);
        Object result = call(target, backingMethod, arguments(args));
        if (async) {
            return dialect.future(result);
        }
        return method.getReturnType() == SeenEntryView.class && result != null ? SeenEntryView.of(result) : result;
    }

    private static Method backingMethod(Resolution resolution) {
        ViewDialect dialect = resolution.dialect();
        Method viewMethod = resolution.viewMethod();
        boolean async = viewMethod.getReturnType() == CompletableFuture.class;
        Class<?> type = async ? dialect.asyncType() : dialect.backingType();
        String name = async ? dialect.asyncMethod(viewMethod.getName()) : viewMethod.getName();
        Class<?>[] parameters = Arrays.stream(viewMethod.getParameterTypes())
                .map(dialect.listeners()::parameterType)
                .toArray(Class<?>[]::new);
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new UnsupportedOperationException(type.getSimpleName() + " has no " + name, e);
        }
    }

    private Object[] arguments(Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        return Arrays.stream(args).map(dialect.listeners()::argument).toArray();
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
