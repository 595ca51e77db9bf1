/**
 * A reader for the golden captures of real 3.12.13 client-member traffic in
 * {@code shared/protocols/captures}: every frame's connection, direction, header, decoded field values
 * and payload bytes, plus the per-connection byte streams. Used by tests on any thread; everything
 * returned is immutable.
 */
package io.alder.testsupport.capture;
