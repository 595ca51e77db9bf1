package io.alder.testsupport.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and loads the golden captures in {@code shared/protocols/captures}. The repository checkout
 * sits beside {@code shared/} (…/main and …/shared are siblings), and tests run from a module directory,
 * so the directory is searched upwards from the working directory.
 */
public final class Captures {

    static final Path RELATIVE_LOCATION = Path.of("shared", "protocols", "captures");

    private Captures() {
    }

    /**
     * The captures directory.
     *
     * @throws IllegalStateException if no ancestor of the working directory has {@code shared/protocols/captures}
     */
    public static Path directory() {
        return directoryAbove(Path.of("").toAbsolutePath());
    }

    static Path directoryAbove(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE_LOCATION);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("golden captures not found: no directory " + RELATIVE_LOCATION
                + " in " + start + " or any of its parents; check out the shared/ tree beside the repository");
    }

    /** Every capture ({@code *.txt}), sorted by scenario name. */
    public static List<Capture> all() {
        try (Stream<Path> files = Files.list(directory())) {
            List<Capture> captures = files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(Captures::read)
                    .toList();
            if (captures.isEmpty()) {
                throw new IllegalStateException("no *.txt captures in " + directory());
            }
            return captures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One capture by scenario name, e.g. {@code c-map-smart}. */
    public static Capture load(String scenario) {
        return read(directory().resolve(scenario + ".txt"));
    }

    private static Capture read(Path file) {
        String name = file.getFileName().toString();
        try {
            return CaptureParser.parse(name.substring(0, name.length() - ".txt".length()),
                    Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
