package io.alder.geodecompat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Starts Alder members with {@link AlderMemberLauncher} in {@link AlderClassLoader}. */
final class AlderMember {

    private AlderMember() {
    }

    static ServerUnderTest start(boolean secured, List<String> regions) {
        ClassLoader loader = AlderClassLoader.get();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // The member finds its functions with ServiceLoader, which looks in the context class loader.
        thread.setContextClassLoader(loader);
        try {
            Map.Entry<InetSocketAddress, AutoCloseable> started = launcher(loader).apply(secured, regions);
            return new ServerUnderTest(ServerKind.ALDER, started.getKey(), started.getValue());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @SuppressWarnings("unchecked") // the launcher's declared type, which only JDK types make up
    private static BiFunction<Boolean, List<String>, Map.Entry<InetSocketAddress, AutoCloseable>> launcher(
            ClassLoader loader) {
        try {
            return (BiFunction<Boolean, List<String>, Map.Entry<InetSocketAddress, AutoCloseable>>) loader
                    .loadClass(AlderMemberLauncher.class.getName()).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the Alder member launcher", e);
        }
    }
}
