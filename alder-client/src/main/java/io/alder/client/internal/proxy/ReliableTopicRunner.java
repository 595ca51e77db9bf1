package io.alder.client.internal.proxy;

import io.alder.client.ClientNotActiveException;
import io.alder.client.Member;
import io.alder.client.Message;
import io.alder.client.OperationTimeoutException;
import io.alder.client.ReliableMessageListener;
import io.alder.client.StaleSequenceException;
import io.alder.client.internal.proxy.ReliableTopicMessages.Envelope;
import io.alder.client.internal.proxy.ReliableTopicMessages.PublisherAddress;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.serialization.Data;
import io.alder.serialization.SerializationService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listener of a reliable topic, reading the topic's ringbuffer as 3.12's {@code MessageRunner} does:
 * from the listener's initial sequence (the tail plus one by default), one long-polling {@code readMany}
 * of up to a batch at a time, each message handed to the listener before the next read is sent. When the
 * ringbuffer has overtaken it ({@link StaleSequenceException}), or the sequence is past the tail (the
 * ringbuffer was destroyed and created anew), a loss-tolerant listener goes on at the head and any other
 * is stopped. Listener code runs on the given executor, never on an I/O thread.
 */
final class ReliableTopicRunner<E> {

    private static final Logger LOG = LoggerFactory.getLogger(ReliableTopicRunner.class);

    private final String topicName;
    private final ReliableMessageListener<E> listener;
    private final RingbufferProxy<?> ringbuffer;
    private final int batchSize;
    private final ReliableTopicMessages envelopes;
    private final SerializationService serialization;
    private final Function<PublisherAddress, Member> memberByAddress;
    private final Executor executor;
    private final Runnable onStop;
    private volatile boolean cancelled;
    /** Only touched by the one step in progress: steps follow each other through the reads. */
    private long sequence;

    /**
     * @param memberByAddress the cluster member at a publisher's address, or null
     * @param executor runs the listener
     * @param onStop runs once the runner stops on its own (not when cancelled)
     */
    ReliableTopicRunner(String topicName, ReliableMessageListener<E> listener, RingbufferProxy<?> ringbuffer,
            int batchSize, ReliableTopicMessages envelopes, SerializationService serialization,
            Function<PublisherAddress, Member> memberByAddress, Executor executor, Runnable onStop) {
        this.topicName = topicName;
        this.listener = listener;
        this.ringbuffer = ringbuffer;
        this.batchSize = batchSize;
        this.envelopes = envelopes;
        this.serialization = serialization;
        this.memberByAddress = memberByAddress;
        this.executor = executor;
        this.onStop = onStop;
    }

    /** Finds the first sequence and starts reading; completes once the first read is on its way. */
    CompletableFuture<Void> start() {
        long initial = listener.retrieveInitialSequence();
        CompletableFuture<Long> first = initial >= 0 ? CompletableFuture.completedFuture(initial)
                : ringbuffer.tailSequence().thenApply(tail -> tail + 1);
        return first.thenAccept(start -> {
            sequence = start;
            next();
        });
    }

    /** Stops reading: no message reaches the listener once this returns, except one it is handling. */
    void cancel() {
        cancelled = true;
    }

    private void next() {
        if (cancelled) {
            return;
        }
        ringbuffer.readData(sequence, 1, batchSize).whenCompleteAsync(this::onRead, executor);
    }

    private void onRead(MapResponseCodec.ReadResultSet batch, Throwable failure) {
        if (cancelled) {
            return;
        }
        if (failure != null) {
            onFailure(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                    : failure);
            return;
        }
        for (Data item : batch.items()) {
            if (cancelled) {
                return;
            }
            try {
                listener.storeSequence(sequence);
                deliver(item);
            } catch (RuntimeException | Error e) {
                if (listener.isTerminal(e)) {
                    LOG.warn("Stopping listener {} of reliable topic {}: it failed", listener, topicName, e);
                    stop();
                    return;
                }
                LOG.debug("Listener {} of reliable topic {} failed; it goes on", listener, topicName, e);
            }
            sequence++;
        }
        next();
    }

    private void deliver(Data item) {
        Envelope envelope = envelopes.unwrap(item);
        Member publisher = envelope.publisher() == null ? null : memberByAddress.apply(envelope.publisher());
        E object = serialization.toObject(envelope.payload());
        listener.onMessage(new Message<>(topicName, object, envelope.publishTime(), publisher));
    }

    private void onFailure(Throwable failure) {
        if (failure instanceof OperationTimeoutException) {
            next();
        } else if (failure instanceof StaleSequenceException || failure instanceof IllegalArgumentException) {
            if (listener.isLossTolerant()) {
                ringbuffer.headSequence().whenCompleteAsync((head, headFailure) -> {
                    if (headFailure != null) {
                        onFailure(headFailure);
                        return;
                    }
                    LOG.debug("Listener {} of reliable topic {} lost messages: it goes on at {} instead of {}",
                            listener, topicName, head, sequence);
                    sequence = head;
                    next();
                }, executor);
            } else {
                LOG.warn("Stopping listener {} of reliable topic {}: messages it has not read are gone ({})",
                        listener, topicName, failure.getMessage());
                stop();
            }
        } else {
            if (!(failure instanceof ClientNotActiveException)) {
                LOG.warn("Stopping listener {} of reliable topic {}", listener, topicName, failure);
            }
            stop();
        }
    }

    private void stop() {
        cancelled = true;
        onStop.run();
    }
}
