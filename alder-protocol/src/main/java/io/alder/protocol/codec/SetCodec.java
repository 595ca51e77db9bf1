package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;

/**
 * Requests of the {@code Set.*} family (service 0x06, the 13 ISet messages of 3.12). A set lives in the
 * partition of its name, which the client puts in the frame header (the listener messages excepted, which
 * carry -1); the payload starts with the name. Every message has a shared layout: {@code size},
 * {@code clear}, {@code getAll} and {@code isEmpty} are a {@link NameRequest}; {@code contains}, {@code add}
 * and {@code remove} a {@link ValueRequest}; the bulk messages ({@code containsAll}, {@code addAll},
 * {@code compareAndRemoveAll}, {@code compareAndRetainAll}) a {@link ValueListRequest}; {@code addListener}
 * an {@link ItemListenerRequest}; {@code removeListener} a {@link RegistrationIdRequest}.
 *
 * <p>{@link #REQUESTS} decodes and encodes them all; a handler reads its message with, e.g.,
 * {@code SetCodec.REQUESTS.decodeAs(message, ValueRequest.class)}.
 */
public final class SetCodec {

    /** The 13 Set requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("Set");

    static {
        REQUESTS.register(NameRequest.class, NameRequest::read, SET_SIZE, SET_CLEAR, SET_GET_ALL, SET_IS_EMPTY);
        REQUESTS.register(ValueRequest.class, ValueRequest::read, SET_CONTAINS, SET_ADD, SET_REMOVE);
        REQUESTS.register(ValueListRequest.class, ValueListRequest::read, SET_CONTAINS_ALL, SET_ADD_ALL,
                SET_COMPARE_AND_REMOVE_ALL, SET_COMPARE_AND_RETAIN_ALL);
        REQUESTS.register(ItemListenerRequest.class, ItemListenerRequest::read, SET_ADD_LISTENER);
        REQUESTS.register(RegistrationIdRequest.class, RegistrationIdRequest::read, SET_REMOVE_LISTENER);
    }

    /** The Set message of each operation sets and lists share. */
    public static final CollectionMessages MESSAGES = new CollectionMessages(REQUESTS, SET_SIZE, SET_CONTAINS,
            SET_CONTAINS_ALL, SET_ADD, SET_REMOVE, SET_ADD_ALL, SET_COMPARE_AND_REMOVE_ALL, SET_COMPARE_AND_RETAIN_ALL,
            SET_CLEAR, SET_GET_ALL, SET_ADD_LISTENER, SET_REMOVE_LISTENER, SET_IS_EMPTY);

    private SetCodec() {
    }
}
