package io.alder.serialization.internal;

import io.alder.serialization.SerializationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * Resolves class names found in data: the configured loader first, then the thread's context loader, then
 * the loader of this library; primitive names ({@code int}, ...) map to their classes, as in 3.12.
 */
public final class ClassLoading {

    private static final Map<String, Class<?>> PRIMITIVES = Map.of(
            "boolean", boolean.class, "byte", byte.class, "char", char.class, "short", short.class,
            "int", int.class, "long", long.class, "float", float.class, "double", double.class,
            "void", void.class);

    private final ClassLoader configured;

    /** Resolution through {@code configured} ({@code null} for none) and the fallbacks. */
    public ClassLoading(ClassLoader configured) {
        this.configured = configured;
    }

    /** The loader Java deserialization and serializers should prefer. */
    public ClassLoader loader() {
        if (configured != null) {
            return configured;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ClassLoading.class.getClassLoader();
    }

    /** The class named {@code name} (a binary name, an array descriptor or a primitive name). */
    public Class<?> load(String name) throws ClassNotFoundException {
        Class<?> primitive = PRIMITIVES.get(name);
        if (primitive != null) {
            return primitive;
        }
        ClassNotFoundException failure = null;
        for (ClassLoader loader : new ClassLoader[] {configured, Thread.currentThread().getContextClassLoader(),
                ClassLoading.class.getClassLoader()}) {
            if (loader != null) {
                try {
                    return Class.forName(name, false, loader);
                } catch (ClassNotFoundException e) {
                    failure = e;
                }
            }
        }
        throw failure != null ? failure : new ClassNotFoundException(name);
    }

    /**
     * A new instance of the class named {@code name} through its no-argument constructor, which may be
     * non-public.
     *
     * @throws SerializationException if the class is missing, not a {@code type} or cannot be instantiated
     */
    public <T> T newInstance(String name, Class<T> type) {
        try {
            Class<?> loaded = load(name);
            if (!type.isAssignableFrom(loaded)) {
                throw new SerializationException(name + " is not a " + type.getName());
            }
            Constructor<?> constructor = loaded.getDeclaredConstructor();
            constructor.trySetAccessible();
            return type.cast(constructor.newInstance());
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new SerializationException("Requested class " + name + " could not be instantiated", e);
        }
    }

    /** A Java deserialization stream that resolves classes here and applies {@code filter} if not null. */
    public ObjectInputStream objectInput(InputStream in, ObjectInputFilter filter) throws IOException {
        ObjectInputStream stream = new ObjectInputStream(in) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                try {
                    return load(desc.getName());
                } catch (ClassNotFoundException e) {
                    return super.resolveClass(desc);
                }
            }
        };
        if (filter != null) {
            stream.setObjectInputFilter(filter);
        }
        return stream;
    }
}
