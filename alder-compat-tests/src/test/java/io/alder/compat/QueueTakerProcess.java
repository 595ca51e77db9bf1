package io.alder.compat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IQueue;

/**
 * A separate JVM (see {@link ChildJvm}) running an official client that holds an ILock and then takes items
 * from a queue, one after the other, until it is killed: a consumer that dies while blocked in
 * {@code take()}. It prints {@value #TAKING} before each take and {@value #TOOK} with the item after it.
 * The lock tells the test when the member has cleaned up after the dead client: it frees the lock only
 * after dropping the client's waiting operations.
 */
final class QueueTakerProcess {

    static final String TAKING = "TAKING";
    static final String TOOK = "TOOK ";

    private QueueTakerProcess() {
    }

    /** Arguments: server address ({@code host:port}), queue name, lock name. */
    @SuppressWarnings("deprecation") // ILock is deprecated in 3.12 but still offered and used
    public static void main(String[] args) {
        try {
            HazelcastInstance client = HazelcastClient.newHazelcastClient(
                    OfficialClients.config(args[0], Routing.SMART));
            client.getLock(args[2]).lock();
            IQueue<String> queue = client.getQueue(args[1]);
            while (true) {
                System.out.println(TAKING);
                System.out.println(TOOK + queue.take());
            }
        } catch (Exception e) {
            // Also when the member goes away first: exit rather than leave the client's threads running.
            e.printStackTrace();
            System.exit(1);
        }
    }
}
