package io.alder.client.internal.proxy;

import io.alder.client.AlderTopic;
import io.alder.client.AsyncAlderTopic;
import io.alder.client.MessageListener;

/**
 * The blocking view of a topic, plain or reliable: each method calls the asynchronous proxy and waits for
 * its stage (see {@link Blocking}). Thread-safe.
 */
public final class BlockingTopic<E> extends BlockingProxy<AsyncAlderTopic<E>> implements AlderTopic<E> {

    /** @param serviceName the topic's service, plain or reliable */
    public BlockingTopic(AsyncAlderTopic<E> async, String serviceName, Blocking blocking) {
        super(async, blocking, serviceName);
    }

    @Override
    public void publish(E message) {
        blocking.join(async.publish(message));
    }

    @Override
    public String addMessageListener(MessageListener<E> listener) {
        return blocking.join(async.addMessageListener(listener));
    }

    @Override
    public boolean removeMessageListener(String registrationId) {
        return blocking.join(async.removeMessageListener(registrationId));
    }

    @Override
    public String toString() {
        return "AlderTopic{service=" + getServiceName() + ", name=" + getName() + "}";
    }
}
