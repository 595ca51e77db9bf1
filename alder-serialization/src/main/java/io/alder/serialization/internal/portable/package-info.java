/**
 * Portable serialization in 3.12's layout: the field-table writer and readers (plain and version-morphing),
 * class definitions derived from writers or decoded from data, and their registry.
 *
 * <p>Not API. Runs on the caller's thread; the class definition registry is concurrent.
 */
package io.alder.serialization.internal.portable;
