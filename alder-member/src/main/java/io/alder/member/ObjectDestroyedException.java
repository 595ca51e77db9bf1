package io.alder.member;

/**
 * The distributed object an operation was waiting on was destroyed meanwhile. Endpoints report it as
 * their protocol's "distributed object destroyed" error.
 */
public final class ObjectDestroyedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ObjectDestroyedException(String serviceName, String name) {
        super("Distributed object " + name + " of " + serviceName + " was destroyed");
    }
}
