package io.alder.compat;

import java.util.concurrent.CompletableFuture;

/**
 * One topic, plain or reliable, as either Java client sees it, so that each scenario is written once and runs
 * with both. Every method stands for the method of the same name and parameters of 3.12's {@code ITopic} and
 * of Alder's {@code AlderTopic}, and behaves as they do; {@link ClientViews} forwards the calls. Where the two
 * APIs differ, the view has one form for both:
 * <ul>
 *   <li>message listeners are {@link RecordingMessageListener}s;</li>
 *   <li>the {@code xAsync} methods, which only Alder's client has, return what Alder's {@code topic.async().x}
 *       returns.</li>
 * </ul>
 *
 * @param <E> the message type
 */
public interface TopicView<E> extends ClientView {

    String getName();

    void publish(E message);

    String addMessageListener(RecordingMessageListener listener);

    boolean removeMessageListener(String registrationId);

    void destroy();

    /** Alder only. */
    CompletableFuture<Void> publishAsync(E message);

    /** Alder only. */
    CompletableFuture<String> addMessageListenerAsync(RecordingMessageListener listener);

    /** Alder only. */
    CompletableFuture<Boolean> removeMessageListenerAsync(String registrationId);
}
