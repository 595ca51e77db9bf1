package io.alder.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings chosen per object name, the way 3.12 picks a structure's configuration: the entry named exactly
 * like the object; otherwise the wildcard pattern that matches it best; otherwise the entry named
 * {@value #DEFAULT}; otherwise the built-in default. A pattern's first {@code *} stands for any text (3.12
 * takes further ones literally), and the best pattern is the one with the most text around it. A name's
 * part from its first {@code @} on names a partition, not the object, and is ignored: {@code jobs@eu} is
 * configured as {@code jobs}.
 *
 * <p>3.12 fails the lookup of a name that two patterns match equally well, and nothing better does.
 * Alder refuses such settings when they are made instead, because such a name always exists (the patterns'
 * longer prefix and longer suffix around text no pattern contains). Immutable and thread-safe.
 *
 * @param <T> the settings of one object
 */
public final class NamePatterns<T> {

    /** The entry for objects that no other entry names. */
    public static final String DEFAULT = "default";

    private final Map<String, T> entries;
    private final List<Wildcard> wildcards = new ArrayList<>();
    private final T fallback;

    /**
     * @param entries settings by object name or pattern, {@value #DEFAULT} included
     * @param builtInDefault the settings of objects no entry covers
     * @throws IllegalArgumentException if two patterns match some name equally well and nothing better does
     */
    public NamePatterns(Map<String, T> entries, T builtInDefault) {
        this.entries = Map.copyOf(entries);
        this.fallback = entries.getOrDefault(DEFAULT, Objects.requireNonNull(builtInDefault, "builtInDefault"));
        entries.keySet().stream().filter(key -> key.indexOf('*') >= 0).sorted()
                .forEach(pattern -> wildcards.add(new Wildcard(pattern)));
        refuseAmbiguity();
    }

    /** The settings of the object {@code name}. */
    public T lookup(String name) {
        String baseName = baseName(name);
        T exact = entries.get(baseName);
        if (exact != null) {
            return exact;
        }
        Wildcard best = null;
        for (Wildcard wildcard : wildcards) {
            if (wildcard.matches(baseName) && (best == null || wildcard.weight() > best.weight())) {
                best = wildcard;
            }
        }
        return best == null ? fallback : entries.get(best.pattern());
    }

    /** The entries these patterns were made of. */
    public Map<String, T> entries() {
        return entries;
    }

    private static String baseName(String name) {
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(0, at);
    }

    private void refuseAmbiguity() {
        for (int i = 0; i < wildcards.size(); i++) {
            for (int j = i + 1; j < wildcards.size(); j++) {
                Wildcard one = wildcards.get(i);
                Wildcard other = wildcards.get(j);
                if (one.weight() == other.weight() && one.overlaps(other) && !shadowed(one, other)) {
                    throw new IllegalArgumentException("the name patterns '" + one.pattern() + "' and '"
                            + other.pattern() + "' match some names equally well: make one of them more specific");
                }
            }
        }
    }

    /**
     * Whether every name both patterns match is matched better by a third: one whose prefix and suffix the
     * two patterns' longer prefix and longer suffix start and end with.
     */
    private boolean shadowed(Wildcard one, Wildcard other) {
        String prefix = one.prefix().length() >= other.prefix().length() ? one.prefix() : other.prefix();
        String suffix = one.suffix().length() >= other.suffix().length() ? one.suffix() : other.suffix();
        return wildcards.stream().anyMatch(third -> third.weight() > one.weight()
                && prefix.startsWith(third.prefix()) && suffix.endsWith(third.suffix()));
    }

    /** A pattern split at its first {@code *}. */
    private record Wildcard(String pattern, String prefix, String suffix) {

        Wildcard(String pattern) {
            this(pattern, pattern.substring(0, pattern.indexOf('*')), pattern.substring(pattern.indexOf('*') + 1));
        }

        /** 3.12's test: the name starts with the prefix and ends with the suffix, which may overlap. */
        boolean matches(String name) {
            return name.startsWith(prefix) && name.endsWith(suffix);
        }

        /** How well the pattern matches the names it matches: the length of its text around the {@code *}. */
        int weight() {
            return prefix.length() + suffix.length();
        }

        /** Whether some name matches both patterns. */
        boolean overlaps(Wildcard other) {
            return (prefix.startsWith(other.prefix) || other.prefix.startsWith(prefix))
                    && (suffix.endsWith(other.suffix) || other.suffix.endsWith(suffix));
        }
    }
}
