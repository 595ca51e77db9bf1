package io.alder.member.map;

import io.alder.member.UnsupportedFeatureException;

/**
 * Map features (of IMaps, and of replicated maps) Alder does not serve yet, with the error a request for one
 * gets. They all need the member
 * to run user classes or deserialize user data, which it does not do.
 */
public enum UnsupportedMapFeature {
    PREDICATES("IMap queries with predicates are"),
    ENTRY_PROCESSORS("IMap entry processors are"),
    AGGREGATIONS("IMap aggregations are"),
    PROJECTIONS("IMap projections are"),
    INTERCEPTORS("IMap interceptors are"),
    INDEXES("IMap indexes are"),
    EVENT_JOURNAL("The IMap event journal is"),
    NEAR_CACHE_INVALIDATION("IMap near-cache invalidation is"),
    REPLICATED_MAP_PREDICATES("ReplicatedMap entry listeners with predicates are");

    private final String subjectAndVerb;

    UnsupportedMapFeature(String subjectAndVerb) {
        this.subjectAndVerb = subjectAndVerb;
    }

    /** The exception to answer a request for this feature with. */
    public UnsupportedFeatureException exception() {
        return new UnsupportedFeatureException(subjectAndVerb + " not supported by Alder yet: the member does not "
                + "deserialize user data or run user classes");
    }
}
