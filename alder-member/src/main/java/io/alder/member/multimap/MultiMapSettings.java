package io.alder.member.multimap;

import io.alder.member.NamePatterns;
import java.util.Map;

/**
 * The value collection type of each multimap, by multimap name, as 3.12's {@code multimap} configuration with
 * its {@code value-collection-type}: an entry per name or wildcard pattern, and the entry {@code default} for
 * the others, looked up by {@link NamePatterns}' rules; {@link ValueCollectionType#SET} where no entry says
 * otherwise, as in 3.12. Immutable.
 */
public final class MultiMapSettings {

    /** Every multimap a SET multimap, as in 3.12 without multimap configuration. */
    public static final MultiMapSettings DEFAULTS = new MultiMapSettings(Map.of());

    private final NamePatterns<ValueCollectionType> collectionTypes;

    /**
     * @param collectionTypes the value collection type of the multimaps each name or pattern covers
     * @throws IllegalArgumentException for patterns that match some name equally well
     */
    public MultiMapSettings(Map<String, ValueCollectionType> collectionTypes) {
        this.collectionTypes = new NamePatterns<>(collectionTypes, ValueCollectionType.SET);
    }

    /** The value collection types by multimap name or pattern, as given. */
    public Map<String, ValueCollectionType> collectionTypes() {
        return collectionTypes.entries();
    }

    /** How the multimap {@code name} keeps the values of a key. */
    public ValueCollectionType collectionTypeOf(String name) {
        return collectionTypes.lookup(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MultiMapSettings settings && collectionTypes().equals(settings.collectionTypes());
    }

    @Override
    public int hashCode() {
        return collectionTypes().hashCode();
    }

    @Override
    public String toString() {
        return "MultiMapSettings" + collectionTypes();
    }
}
