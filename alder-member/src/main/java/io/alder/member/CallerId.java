package io.alder.member;

/**
 * Who performs an operation: a client and one of its threads. Together they own key locks, as in 3.12,
 * where a lock taken by one client thread can only be released by that same thread.
 */
public record CallerId(String clientUuid, long threadId) {
}
