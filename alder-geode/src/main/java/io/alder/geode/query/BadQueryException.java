package io.alder.geode.query;

/**
 * A query Alder cannot serve: malformed, outside the OQL subset Alder supports, or run with the wrong bind
 * parameters. The message says what was expected, where, and what was found.
 */
public final class BadQueryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, in words the query's author can act on */
    public BadQueryException(String message) {
        super(message);
    }
}
