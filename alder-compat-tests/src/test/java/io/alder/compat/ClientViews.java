package io.alder.compat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Makes client-neutral views of distributed structures ({@link MapView}, {@link AtomicLongView}, ...): a
 * proxy of the view interface that forwards each call to the method of the same name of the client's own
 * object, with the same parameter types or, failing that, the only one whose parameters accept the view's.
 * What the clients do differently (asynchronous calls, types of their own for listeners or entry views) their
 * {@link Dialect} says. Default methods of a view run as they are; a client's exception reaches the caller as it is.
 */
final class ClientViews implements InvocationHandler {

    /**
     * What one client's API does differently from the views; everything else is forwarded as it is.
     *
     * @param async how the client offers asynchronous calls
     * @param arguments the client's own types for view arguments (e.g. listeners), by the view's type
     * @param results how the view makes its results of the client's own types (e.g. entry views), by the view's type
     */
    record Dialect(AsyncCalls async, Map<Class<?>, ClientArgument> arguments,
            Map<Class<?>, Function<Object, Object>> results) {
    }

    /** How a client offers the asynchronous form of a structure's methods. */
    interface AsyncCalls {

        /** The interface that declares the asynchronous methods of the client's interface {@code type}. */
        Class<?> declaringType(Class<?> type);

        /** What they are called on, for {@code target}, an object of {@code type}. */
        Object callee(Class<?> type, Object target);

        /** The name of the client's method that the view's {@code viewMethod} (e.g. getAsync) stands for. */
        String methodName(String viewMethod);

        /** The client's pending result as a CompletableFuture. */
        CompletableFuture<Object> future(Object pending);
    }

    /** A client's own type for a view argument, and how to make it from the view's. */
    record ClientArgument(Class<?> type, Function<Object, Object> conversion) {
    }

    /** The client method each view method stands for, looked up once per dialect and client type. */
    private static final Map<Resolution, Method> CLIENT_METHODS = new ConcurrentHashMap<>();

    private record Resolution(Dialect dialect, Class<?> type, Method viewMethod) {
    }

    private final Class<?> type;
    private final Object target;
    private final Dialect dialect;

    private ClientViews(Class<?> type, Object target, Dialect dialect) {
        this.type = type;
        this.target = target;
        this.dialect = dialect;
    }

    /** A view of {@code target}, an object of the client's interface {@code type}, as a {@code view}. */
    static <V> V over(Class<V> view, Class<?> type, Object target, Dialect dialect) {
        return view.cast(Proxy.newProxyInstance(view.getClassLoader(), new Class<?>[] {view},
                new ClientViews(type, target, dialect)));
    }

    /** The client's own object behind {@code view}, for identity checks. */
    static Object target(Object view) {
        return ((ClientViews) Proxy.getInvocationHandler(view)).target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        boolean async = isAsync(method);
        Object callee = async ? dialect.async().callee(type, target) : target;
        Method clientMethod = CLIENT_METHODS.computeIfAbsent(new Resolution(dialect, type, method),
                ClientViews::clientMethod);
        Object result = call(callee, clientMethod, arguments(method.getParameterTypes(), args));
        if (async) {
            return dialect.async().future(result);
        }
        Function<Object, Object> conversion = dialect.results().get(method.getReturnType());
        return conversion == null || result == null ? result : conversion.apply(result);
    }

    private static boolean isAsync(Method viewMethod) {
        return viewMethod.getReturnType() == CompletableFuture.class;
    }

    private static Method clientMethod(Resolution resolution) {
        Dialect dialect = resolution.dialect();
        Method viewMethod = resolution.viewMethod();
        boolean async = isAsync(viewMethod);
        Class<?> owner = async ? dialect.async().declaringType(resolution.type()) : resolution.type();
        String name = async ? dialect.async().methodName(viewMethod.getName()) : viewMethod.getName();
        Class<?>[] parameters = Arrays.stream(viewMethod.getParameterTypes()).map(parameter -> {
            ClientArgument own = dialect.arguments().get(parameter);
            return own == null ? parameter : own.type();
        }).toArray(Class<?>[]::new);
        try {
            return owner.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            List<Method> accepting = Arrays.stream(owner.getMethods())
                    .filter(candidate -> candidate.getName().equals(name) && accepts(candidate, parameters))
                    .toList();
            if (accepting.size() != 1) {
                throw new UnsupportedOperationException(owner.getSimpleName() + " has no " + name
                        + Arrays.toString(parameters) + " (candidates: " + accepting + ")", e);
            }
            return accepting.get(0);
        }
    }

    /** Whether {@code candidate} takes arguments of {@code parameters}, e.g. an Object for a 3.12 function. */
    private static boolean accepts(Method candidate, Class<?>[] parameters) {
        Class<?>[] declared = candidate.getParameterTypes();
        return declared.length == parameters.length
                && IntStream.range(0, declared.length).allMatch(i -> declared[i].isAssignableFrom(parameters[i]));
    }

    private Object[] arguments(Class<?>[] viewTypes, Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        return IntStream.range(0, args.length).mapToObj(i -> {
            ClientArgument own = dialect.arguments().get(viewTypes[i]);
            return own == null || args[i] == null ? args[i] : own.conversion().apply(args[i]);
        }).toArray();
    }

    private static Object call(Object callee, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(callee, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "view of " + target;
        };
    }
}
