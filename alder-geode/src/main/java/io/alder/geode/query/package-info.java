/**
 * The part of OQL that Alder serves to Geode protobuf clients: {@code SELECT *} and {@code SELECT COUNT(*)} over
 * one region, filtered by comparisons joined with {@code AND}, {@code OR} and {@code NOT}, with bind parameters
 * and {@code LIMIT}. API for the Geode endpoint: {@link io.alder.geode.query.OqlQuery} parses a query once and
 * runs it over a region's values on the calling thread; everything else here is the engine behind it.
 */
package io.alder.geode.query;
