package io.alder.client;

/**
 * A ringbuffer read asked for a sequence older than the ringbuffer's head: the item was overwritten or
 * expired (3.12's {@code StaleSequenceException}, error code 54). Read from the head sequence instead.
 */
public class StaleSequenceException extends MemberErrorException {

    public StaleSequenceException(int errorCode, String remoteClassName, String message, Throwable cause) {
        super(errorCode, remoteClassName, message, cause);
    }
}
