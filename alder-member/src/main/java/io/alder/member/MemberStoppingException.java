package io.alder.member;

/**
 * The member is stopping: an operation that was still waiting is ended with this. Endpoints report it
 * as their protocol's "instance not active" error, which clients treat as "try another member".
 */
public final class MemberStoppingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MemberStoppingException() {
        super("The Alder member is shutting down");
    }
}
