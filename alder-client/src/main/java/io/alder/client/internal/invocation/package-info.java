/**
 * Invocations, not API: one {@link io.alder.client.internal.invocation.Invocation} per call, which picks a
 * connection, sends the request with a fresh correlation id, retries what 3.12 retries (with backoff,
 * within the call's deadline), and turns member errors into exceptions. Invocations run on whatever thread
 * advances them: the caller's, an I/O thread (responses, failures) or the timer's (deadlines, delayed
 * retries); none of these steps blocks.
 */
package io.alder.client.internal.invocation;
