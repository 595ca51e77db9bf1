package io.alder.geodecompat;

import java.io.File;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class loader Alder members run in. The test class path carries Geode's generated messages, built for the
 * protobuf 3.x runtime, while Alder's are built for 4.x, and one JVM class path holds one runtime. This loader
 * sees the test class path with Alder's runtime (system property {@value #PROTOBUF_JAR_PROPERTY}, set by the
 * build) instead of Geode's, and nothing of the test JVM's loader: only JDK types cross between the two.
 */
final class AlderClassLoader {

    /** System property naming the protobuf-java jar Alder is built with. */
    static final String PROTOBUF_JAR_PROPERTY = "alder.protobuf.jar";

    /** One for the whole run: members share loaded classes, and a JNI library loads into one loader only. */
    private static final URLClassLoader LOADER = create();

    private AlderClassLoader() {
    }

    static ClassLoader get() {
        return LOADER;
    }

    private static URLClassLoader create() {
        Path alderProtobuf = Path.of(System.getProperty(PROTOBUF_JAR_PROPERTY, ""));
        if (!Files.isRegularFile(alderProtobuf)) {
            throw new IllegalStateException("system property " + PROTOBUF_JAR_PROPERTY
                    + " must name the protobuf-java jar Alder is built with, not '" + alderProtobuf + "'");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(url(alderProtobuf));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Path.of(entry).getFileName().toString().startsWith("protobuf-java-")) {
                urls.add(url(Path.of(entry)));
            }
        }
        return new URLClassLoader("alder-member", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
