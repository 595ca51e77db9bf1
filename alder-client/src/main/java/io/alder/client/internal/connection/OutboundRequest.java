package io.alder.client.internal.connection;

import io.alder.protocol.ClientMessage;
import io.netty.util.ReferenceCounted;

/**
 * A request on its way through the pipeline, with what waits for its answer and, for a listener
 * registration, where its events go. Reference counting is the frame's, so that Netty releases the frame
 * if the write never reaches the {@link ConnectionHandler}.
 */
final class OutboundRequest implements ReferenceCounted {

    private final ClientMessage frame;
    private final PendingCall call;
    private final EventSink events;

    OutboundRequest(ClientMessage frame, PendingCall call, EventSink events) {
        this.frame = frame;
        this.call = call;
        this.events = events;
    }

    ClientMessage frame() {
        return frame;
    }

    PendingCall call() {
        return call;
    }

    /** The sink for the registration's events, or null for an ordinary request. */
    EventSink events() {
        return events;
    }

    /** The request will not be written: releases it and tells its call why. */
    void fail(Throwable cause) {
        long correlationId = frame.correlationId();
        frame.release();
        call.onFailure(correlationId, cause, false);
    }

    @Override
    public int refCnt() {
        return frame.refCnt();
    }

    @Override
    public OutboundRequest retain() {
        frame.retain();
        return this;
    }

    @Override
    public OutboundRequest retain(int increment) {
        frame.retain(increment);
        return this;
    }

    @Override
    public OutboundRequest touch() {
        frame.touch();
        return this;
    }

    @Override
    public OutboundRequest touch(Object hint) {
        frame.touch(hint);
        return this;
    }

    @Override
    public boolean release() {
        return frame.release();
    }

    @Override
    public boolean release(int decrement) {
        return frame.release(decrement);
    }
}
