package io.alder.member;

import java.util.Map;
import java.util.Objects;

/**
 * Settings of one kind of structure by name, looked up as 3.12 looks up its per-structure configuration: the
 * entry for the exact name; else the entry whose pattern (one {@code *} standing for any text) matches the
 * name with the most fixed characters; else the {@value #DEFAULT_NAME} entry; else the built-in default. A
 * name with a partition key ({@code "jobs@tenant-7"}) is looked up without it ({@code "jobs"}). Immutable.
 *
 * @param <T> the settings of one structure
 */
public final class NamedSettings<T> {

    /** The entry that applies to every name no other entry matches. */
    public static final String DEFAULT_NAME = "default";

    private static final char WILDCARD = '*';
    private static final char PARTITION_KEY_SEPARATOR = '@';

    private final Map<String, T> entries;
    private final T builtIn;

    /**
     * @param entries settings by exact name or name pattern, possibly with a {@value #DEFAULT_NAME} entry
     * @param builtIn the settings of a name that no entry matches
     */
    public NamedSettings(Map<String, T> entries, T builtIn) {
        this.entries = Map.copyOf(entries);
        this.builtIn = Objects.requireNonNull(builtIn, "builtIn");
    }

    /** Only the built-in default, for every name. */
    public static <T> NamedSettings<T> uniform(T builtIn) {
        return new NamedSettings<>(Map.of(), builtIn);
    }

    /** The configured entries, by exact name or pattern. */
    public Map<String, T> entries() {
        return entries;
    }

    /**
     * The settings of the structure {@code name}.
     *
     * @throws IllegalStateException if two patterns match the name equally well, which 3.12 also refuses
     */
    public T forName(String name) {
        String baseName = baseName(name);
        T exact = entries.get(baseName);
        if (exact != null) {
            return exact;
        }
        String pattern = bestPattern(baseName);
        if (pattern != null) {
            return entries.get(pattern);
        }
        return entries.getOrDefault(DEFAULT_NAME, builtIn);
    }

    private String bestPattern(String name) {
        String best = null;
        String tied = null;
        int bestFixed = -1;
        for (String pattern : entries.keySet()) {
            int fixed = fixedCharactersMatched(pattern, name);
            if (fixed >= 0 && fixed >= bestFixed) {
                tied = fixed == bestFixed ? best : null;
                best = pattern;
                bestFixed = fixed;
            }
        }
        if (tied != null) {
            throw new IllegalStateException("The configuration of " + name + " is ambiguous: patterns " + tied
                    + " and " + best + " match it equally well");
        }
        return best;
    }

    /** How many characters of {@code pattern} around its wildcard match {@code name}; -1 for no match. */
    private static int fixedCharactersMatched(String pattern, String name) {
        int wildcard = pattern.indexOf(WILDCARD);
        if (wildcard < 0) {
            return -1;
        }
        String prefix = pattern.substring(0, wildcard);
        String suffix = pattern.substring(wildcard + 1);
        return name.startsWith(prefix) && name.endsWith(suffix) ? prefix.length() + suffix.length() : -1;
    }

    private static String baseName(String name) {
        int separator = name.indexOf(PARTITION_KEY_SEPARATOR);
        return separator < 0 ? name : name.substring(0, separator);
    }

    @Override
    public String toString() {
        return "NamedSettings" + entries + " else " + builtIn;
    }
}
