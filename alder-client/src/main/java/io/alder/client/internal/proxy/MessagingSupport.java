package io.alder.client.internal.proxy;

import io.alder.client.Cluster;
import io.alder.client.Member;
import io.alder.client.ReliableTopicConfig;
import io.alder.client.internal.proxy.ReliableTopicMessages.PublisherAddress;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What topic and reliable topic proxies need beyond the client context.
 *
 * @param members the cluster's members, which messages name as their publishers
 * @param userExecutor runs reliable topic listeners
 * @param reliableTopicConfigs the settings of each reliable topic, by name
 */
public record MessagingSupport(Cluster members, Executor userExecutor,
        Function<String, ReliableTopicConfig> reliableTopicConfigs) {

    /** The member with this uuid, or null: a topic event names its publisher so. */
    Member memberByUuid(String uuid) {
        return member(candidate -> candidate.uuid().equals(uuid));
    }

    /** The member at this address, or null: a reliable topic message names its publisher so. */
    Member memberByAddress(PublisherAddress address) {
        return member(candidate -> candidate.host().equals(address.host()) && candidate.port() == address.port());
    }

    private Member member(Predicate<Member> which) {
        return members.getMembers().stream().filter(which).findFirst().orElse(null);
    }
}
