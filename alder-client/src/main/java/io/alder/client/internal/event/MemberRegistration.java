package io.alder.client.internal.event;

/**
 * A registration as one member knows it.
 *
 * @param correlationId the id of the registration request, which the member's events carry
 * @param memberRegistrationId the id the member gave the registration, for removing it
 */
record MemberRegistration(long correlationId, String memberRegistrationId) {

    /** Stands for a registration whose request is on its way. */
    static final MemberRegistration PENDING = new MemberRegistration(0, "");
}
