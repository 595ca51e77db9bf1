package io.alder.serialization.interop;

import com.hazelcast.internal.serialization.impl.HeapData;
import io.alder.serialization.Data;
import io.alder.serialization.FieldType;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.Portable;
import io.alder.serialization.PortableReader;
import io.alder.serialization.PortableWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Alder's stream and portable interfaces over the 3.12 reference objects, so that a twin class's single
 * implementation runs against the real 3.12 serializer. The two APIs have the same methods, so each Alder
 * method forwards to the 3.12 method of the same name; the values whose types differ are converted on the
 * way: portables (twins implement both interfaces), portable arrays, {@link Data}, {@link FieldType} and the
 * raw data streams. Every Alder method's counterpart is looked up once, when this class loads.
 */
final class Ref {

    /** The 3.12 type of each Alder type that differs; all others are the same on both sides. */
    private static final Map<Class<?>, Class<?>> REFERENCE_TYPES = Map.of(
            ObjectDataInput.class, com.hazelcast.nio.ObjectDataInput.class,
            ObjectDataOutput.class, com.hazelcast.nio.ObjectDataOutput.class,
            PortableReader.class, com.hazelcast.nio.serialization.PortableReader.class,
            PortableWriter.class, com.hazelcast.nio.serialization.PortableWriter.class,
            Portable.class, com.hazelcast.nio.serialization.Portable.class,
            Data.class, com.hazelcast.nio.serialization.Data.class);

    private static final Map<Method, Method> COUNTERPARTS = counterparts(
            ObjectDataInput.class, ObjectDataOutput.class, PortableReader.class, PortableWriter.class);

    private Ref() {
    }

    static ObjectDataInput input(com.hazelcast.nio.ObjectDataInput in) {
        return over(ObjectDataInput.class, in);
    }

    static ObjectDataOutput output(com.hazelcast.nio.ObjectDataOutput out) {
        return over(ObjectDataOutput.class, out);
    }

    static PortableReader reader(com.hazelcast.nio.serialization.PortableReader reader) {
        return over(PortableReader.class, reader);
    }

    static PortableWriter writer(com.hazelcast.nio.serialization.PortableWriter writer) {
        return over(PortableWriter.class, writer);
    }

    private static <T> T over(Class<T> api, Object reference) {
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        // toString and hashCode describe the reference object; an adapter equals only itself
                        return method.getName().equals("equals") ? proxy == args[0] : method.invoke(reference, args);
                    }
                    return forward(reference, method, args == null ? new Object[0] : args);
                }));
    }

    private static Object forward(Object reference, Method method, Object[] args) throws Throwable {
        Object[] referenceArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            referenceArgs[i] = toReference(args[i]);
        }
        try {
            return toAlder(COUNTERPARTS.get(method).invoke(reference, referenceArgs), method.getReturnType());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** An argument of an Alder method as the 3.12 method takes it; a twin portable is already both. */
    private static Object toReference(Object value) {
        if (value instanceof Portable[] portables) {
            return Arrays.copyOf(portables, portables.length, com.hazelcast.nio.serialization.Portable[].class);
        }
        if (value instanceof Data data) {
            return new HeapData(data.bytes());
        }
        return value;
    }

    /** A result of a 3.12 method as the Alder method of return type {@code type} gives it. */
    private static Object toAlder(Object value, Class<?> type) {
        if (value == null || type == Portable.class) {
            return value;
        }
        if (type == Portable[].class) {
            Object[] portables = (Object[]) value;
            return Arrays.copyOf(portables, portables.length, Portable[].class);
        }
        if (type == Data.class) {
            return Data.wrap(((com.hazelcast.nio.serialization.Data) value).toByteArray());
        }
        if (type == FieldType.class) {
            return FieldType.get(((com.hazelcast.nio.serialization.FieldType) value).getId());
        }
        if (type == ObjectDataInput.class || type == ObjectDataOutput.class) {
            return over(type, value);
        }
        return value;
    }

    /** Each method of {@code apis} and the method of the 3.12 interface that it forwards to. */
    private static Map<Method, Method> counterparts(Class<?>... apis) {
        Map<Method, Method> counterparts = new HashMap<>();
        for (Class<?> api : apis) {
            for (Method method : api.getMethods()) {
                Class<?>[] types = Arrays.stream(method.getParameterTypes()).map(Ref::referenceType)
                        .toArray(Class<?>[]::new);
                try {
                    counterparts.put(method, referenceType(api).getMethod(method.getName(), types));
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("3.12 has no counterpart of " + method, e);
                }
            }
        }
        return counterparts;
    }

    private static Class<?> referenceType(Class<?> type) {
        return type.isArray() ? referenceType(type.getComponentType()).arrayType()
                : REFERENCE_TYPES.getOrDefault(type, type);
    }
}
