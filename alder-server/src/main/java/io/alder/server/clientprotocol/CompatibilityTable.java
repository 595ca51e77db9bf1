package io.alder.server.clientprotocol;

import io.alder.protocol.MessageType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The README's compatibility table, computed from the dispatch table so that it cannot drift from what
 * the member really serves: one row per message family with the messages served and those that are not.
 */
public final class CompatibilityTable {

    private static final String[] FAMILIES = {
        "Client", "Map", "MultiMap", "Queue", "Topic", "List", "Set", "Lock", "Condition", "ExecutorService",
        "AtomicLong", "AtomicReference", "CountDownLatch", "Semaphore", "ReplicatedMap", "MapReduce",
        "TransactionalMap", "TransactionalMultiMap", "TransactionalSet", "TransactionalList", "TransactionalQueue",
        "Cache", "XATransaction", "Transaction", "ContinuousQuery", "Ringbuffer", "(reserved)", "DurableExecutor",
        "CardinalityEstimator", "ScheduledExecutor", "DynamicConfig", "FlakeIdGenerator", "PNCounter", "CPGroup",
        "CPSession", "CPAtomicLong", "CPAtomicRef", "CPCountDownLatch", "CPFencedLock", "CPSemaphore",
    };

    private CompatibilityTable() {
    }

    /** The table as Markdown. */
    public static String markdown(RequestDispatcher dispatcher) {
        Map<Integer, List<MessageType>> served = new TreeMap<>();
        Map<Integer, List<MessageType>> refused = new TreeMap<>();
        Map<Integer, List<MessageType>> missing = new TreeMap<>();
        for (MessageType type : MessageType.values()) {
            if (type.kind() != MessageType.Kind.REQUEST) {
                continue;
            }
            Map<Integer, List<MessageType>> column = dispatcher.refusal(type) != null ? refused
                    : dispatcher.serves(type) || isAuthentication(type) ? served : missing;
            column.computeIfAbsent(type.serviceId(), id -> new ArrayList<>()).add(type);
        }
        StringBuilder table = new StringBuilder(
                "| family | served | refused with error 65 (not supported yet) | not served (error 65) |\n"
                + "|---|---|---|---|\n");
        for (int service = 0; service < FAMILIES.length; service++) {
            List<MessageType> yes = served.getOrDefault(service, List.of());
            List<MessageType> refusedHere = refused.getOrDefault(service, List.of());
            List<MessageType> no = missing.getOrDefault(service, List.of());
            int total = yes.size() + refusedHere.size() + no.size();
            if (total == 0) {
                continue;
            }
            table.append(String.format("| %s (0x%02x) | %s | %s | %s |%n", FAMILIES[service], service,
                    yes.isEmpty() ? "none" : yes.size() + " of " + total,
                    names(refusedHere, FAMILIES[service]),
                    no.size() == total ? "all" : names(no, FAMILIES[service])));
        }
        return table.toString();
    }

    /** Authentication is handled by the connection itself, before any dispatch. */
    private static boolean isAuthentication(MessageType type) {
        return type == MessageType.CLIENT_AUTHENTICATION || type == MessageType.CLIENT_AUTHENTICATION_CUSTOM;
    }

    private static String names(List<MessageType> types, String family) {
        if (types.isEmpty()) {
            return "—";
        }
        List<String> names = new ArrayList<>();
        for (MessageType type : types) {
            names.add(type.protocolName().substring(family.length()));
        }
        return String.join(", ", names);
    }
}
