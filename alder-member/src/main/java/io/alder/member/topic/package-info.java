/**
 * Topics (ITopic) with 3.12 semantics: {@link io.alder.member.topic.TopicService} hands every published
 * message to the listeners registered on the topic at that moment, on the publishing thread.
 */
package io.alder.member.topic;
