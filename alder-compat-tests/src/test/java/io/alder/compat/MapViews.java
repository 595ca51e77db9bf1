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
 * Makes {@link MapView}s: a proxy that forwards each call to the method of the same name and parameter types
 * of the client's map object, converting only what {@link MapDialect} says differs (listeners in, entry views
 * and futures out). A client's exception reaches the caller as it is.
 */
final class MapViews implements InvocationHandler {

    /** The client method each view method stands for, looked up once per dialect. */
    private static final Map<Resolution, Method> BACKING_METHODS = new ConcurrentHashMap<>();

    private record Resolution(MapDialect dialect, Method viewMethod) {
    }

    private final Object map;
    private final MapDialect dialect;

    private MapViews(Object map, MapDialect dialect) {
        this.map = map;
        this.dialect = dialect;
    }

    /** A view of {@code map}, an object of {@code dialect.mapType()}. */
    @SuppressWarnings("unchecked")
    static <K, V> MapView<K, V> over(Object map, MapDialect dialect) {
        return (MapView<K, V>) Proxy.newProxyInstance(MapView.class.getClassLoader(), new Class<?>[] {MapView.class},
                new MapViews(map, dialect));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        if (method.getName().equals("backingMap")) {
            return map;
        }
        boolean async = method.getReturnType() == CompletableFuture.class;
        Object target = async ? dialect.asyncView(map) : map;
        Method backing = BACKING_METHODS.computeIfAbsent(new Resolution(dialect, method), MapViews::backingMethod);
        Object result = call(target, backing, arguments(args));
        if (async) {
            return dialect.future(result);
        }
        return method.getReturnType() == SeenEntryView.class && result != null ? SeenEntryView.of(result) : result;
    }

    private static Method backingMethod(Resolution resolution) {
        MapDialect dialect = resolution.dialect();
        Method viewMethod = resolution.viewMethod();
        boolean async = viewMethod.getReturnType() == CompletableFuture.class;
        Class<?> type = async ? dialect.asyncType() : dialect.mapType();
        String name = async ? dialect.asyncMethod(viewMethod.getName()) : viewMethod.getName();
        Class<?>[] parameters = Arrays.stream(viewMethod.getParameterTypes())
                .map(parameter -> parameter == RecordingListener.class ? dialect.listenerType() : parameter)
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
        return Arrays.stream(args)
                .map(arg -> arg instanceof RecordingListener recording ? dialect.listener(recording) : arg)
                .toArray();
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
            default -> "MapView of " + map;
        };
    }
}
