package io.alder.compat;

import java.io.IOException;

/**
 * A separate JVM (see {@link ChildJvm}) running a client that holds locks (as {@link LockHolderProcess}'s does)
 * and then takes items from a queue, one after the other, until it is killed: a consumer that dies while
 * blocked in {@code take()}. It prints {@value #TAKING} before each take and {@value #TOOK} with the item after
 * it. The locks tell the test when the member has cleaned up after the dead client: it frees them only after
 * the client's cleanup delay, by when it has dropped the client's waiting operations.
 */
final class QueueTakerProcess {

    static final String TAKING = "TAKING";
    static final String TOOK = "TOOK ";

    private QueueTakerProcess() {
    }

    /** Arguments: those of {@link LockHolderProcess#clientArguments}, then the queue name. */
    public static void main(String[] args) {
        ChildJvm.runAsChild(toParent -> {
            QueueView<String> queue = LockHolderProcess.holdingLocks(args).getQueue(args[4]);
            while (true) {
                toParent.println(TAKING);
                toParent.println(TOOK + queue.take());
            }
        });
    }

    /** Starts the taker JVM with a client of the target's kind and routing; returns at once. */
    static ChildJvm start(ServerUnderTest server, Target target, String queueName, String lockName)
            throws IOException {
        return ChildJvm.start(QueueTakerProcess.class,
                LockHolderProcess.clientArguments(server, target, lockName, queueName));
    }
}
