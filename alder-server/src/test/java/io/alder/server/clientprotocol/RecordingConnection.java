package io.alder.server.clientprotocol;

import io.alder.protocol.ClientMessage;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A connection without a socket: it keeps the frames a handler sends, in order, and its registrations,
 * and turns failures into error frames exactly as the endpoint's connection does.
 */
final class RecordingConnection implements ClientConnection {

    private final String clientUuid;
    private final BlockingQueue<ClientMessage> sent = new LinkedBlockingQueue<>();
    private final Registrations registrations = new Registrations();

    RecordingConnection(String clientUuid) {
        this.clientUuid = clientUuid;
    }

    /** Handles a request as the endpoint does: a handler's exception becomes an error frame. */
    void dispatch(RequestDispatcher dispatcher, ClientMessage request) {
        try {
            dispatcher.handlerFor(request.type()).handle(request, this);
        } catch (RuntimeException e) {
            sendError(request.correlationId(), e);
        } finally {
            request.release();
        }
    }

    /** The oldest frame sent and not taken yet, or null. */
    ClientMessage poll() {
        return sent.poll();
    }

    int pendingFrames() {
        return sent.size();
    }

    /** Ends every registration, as closing the connection does. */
    void close() {
        registrations.removeAll();
    }

    @Override
    public ByteBufAllocator allocator() {
        return UnpooledByteBufAllocator.DEFAULT;
    }

    @Override
    public String clientUuid() {
        return clientUuid;
    }

    @Override
    public void send(ClientMessage message) {
        sent.add(message);
    }

    @Override
    public void addRegistration(String registrationId, Runnable cleanup) {
        registrations.add(registrationId, cleanup);
    }

    @Override
    public boolean removeRegistration(String registrationId) {
        return registrations.remove(registrationId);
    }

    @Override
    public void removeAllRegistrations() {
        registrations.removeAll();
    }
}
