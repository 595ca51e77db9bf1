package io.alder.member;

import io.alder.member.atomic.AtomicLongService;
import io.alder.member.atomic.AtomicReferenceService;
import io.alder.member.latch.CountDownLatchService;
import io.alder.member.collection.ListService;
import io.alder.member.collection.SetService;
import io.alder.member.lock.LockService;
import io.alder.member.map.MapService;
import io.alder.member.multimap.MultiMapService;
import io.alder.member.queue.QueueService;
import io.alder.member.replicatedmap.ReplicatedMapService;
import io.alder.member.ringbuffer.RingbufferService;
import io.alder.member.semaphore.SemaphoreService;
import io.alder.member.topic.TopicService;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One member's engine: its identity, settings, clock and scheduler, and the services that hold data.
 * Endpoints hold one engine and call its services; the engine never calls back into an endpoint except
 * through completions and listener callbacks.
 */
public final class Engine {

    private final EngineSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final String memberUuid = UUID.randomUUID().toString();
    private final String clusterId = UUID.randomUUID().toString();
    private final ClientSessions clientSessions;
    private final DistributedObjects distributedObjects = new DistributedObjects();
    private final MemberAttributes memberAttributes = new MemberAttributes();
    private final MapService maps;
    private final LockService locks;
    private final AtomicLongService atomicLongs;
    private final AtomicReferenceService atomicReferences;
    private final CountDownLatchService countDownLatches;
    private final SemaphoreService semaphores;
    private final QueueService queues;
    private final TopicService topics;
    private final RingbufferService ringbuffers;
    private final SetService sets;
    private final ListService lists;
    private final MultiMapService multiMaps;
    private final ReplicatedMapService replicatedMaps;
    private final List<Runnable> shutdownHooks = new CopyOnWriteArrayList<>();

    public Engine(EngineSettings settings, Clock clock, ScheduledExecutorService scheduler) {
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
        this.clientSessions = new ClientSessions(scheduler, settings.clientCleanupDelay().toMillis());
        this.maps = new MapService(settings.partitionCount(), clock, scheduler, memberUuid, clientSessions,
                distributedObjects);
        onShutdown(maps::shutdown);
        this.queues = new QueueService(settings.partitionCount(), settings.queues(), scheduler, memberUuid,
                clientSessions, distributedObjects);
        onShutdown(queues::shutdown);
        this.locks = new LockService(settings.partitionCount(), clock, scheduler, clientSessions, distributedObjects);
        onShutdown(locks::shutdown);
        int partitionCount = settings.partitionCount();
        this.atomicLongs = new AtomicLongService(partitionCount, scheduler, distributedObjects);
        this.atomicReferences = new AtomicReferenceService(partitionCount, scheduler, distributedObjects);
        this.countDownLatches = new CountDownLatchService(partitionCount, scheduler, clientSessions,
                distributedObjects);
        onShutdown(countDownLatches::shutdown);
        this.semaphores = new SemaphoreService(partitionCount, scheduler, settings.semaphores(), clientSessions,
                distributedObjects);
        onShutdown(semaphores::shutdown);
        this.topics = new TopicService(clock, memberUuid, distributedObjects);
        this.ringbuffers = new RingbufferService(settings.partitionCount(), settings.ringbuffers(), clock, scheduler,
                clientSessions, distributedObjects);
        onShutdown(ringbuffers::shutdown);
        this.sets = new SetService(settings.partitionCount(), settings.sets(), scheduler, memberUuid,
                distributedObjects);
        this.lists = new ListService(settings.partitionCount(), settings.lists(), scheduler, memberUuid,
                distributedObjects);
        this.multiMaps = new MultiMapService(settings.partitionCount(), settings.multiMaps(), clock, scheduler,
                memberUuid, clientSessions, distributedObjects);
        onShutdown(multiMaps::shutdown);
        this.replicatedMaps = new ReplicatedMapService(settings.partitionCount(), clock, scheduler, memberUuid,
                distributedObjects);
    }

    public EngineSettings settings() {
        return settings;
    }

    public int partitionCount() {
        return settings.partitionCount();
    }

    public Clock clock() {
        return clock;
    }

    /** Runs timeouts and delayed work; tasks must be short and must not block. */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** This member's uuid, as clients see it in member lists and events. */
    public String memberUuid() {
        return memberUuid;
    }

    /** The cluster id reported to clients at authentication. */
    public String clusterId() {
        return clusterId;
    }

    public ClientSessions clientSessions() {
        return clientSessions;
    }

    public DistributedObjects distributedObjects() {
        return distributedObjects;
    }

    /** This member's attributes, as clients see them in member lists and attribute events. */
    public MemberAttributes memberAttributes() {
        return memberAttributes;
    }

    /** The maps (IMap) of this member. */
    public MapService maps() {
        return maps;
    }

    /** The named locks (ILock) of this member. */
    public LockService locks() {
        return locks;
    }

    /** The atomic longs (IAtomicLong) of this member. */
    public AtomicLongService atomicLongs() {
        return atomicLongs;
    }

    /** The atomic references (IAtomicReference) of this member. */
    public AtomicReferenceService atomicReferences() {
        return atomicReferences;
    }

    /** The count-down latches (ICountDownLatch) of this member. */
    public CountDownLatchService countDownLatches() {
        return countDownLatches;
    }

    /** The semaphores (ISemaphore) of this member. */
    public SemaphoreService semaphores() {
        return semaphores;
    }

    /** The queues (IQueue) of this member. */
    public QueueService queues() {
        return queues;
    }

    /** The topics (ITopic) of this member. */
    public TopicService topics() {
        return topics;
    }

    /** The ringbuffers of this member, reliable topics' included. */
    public RingbufferService ringbuffers() {
        return ringbuffers;
    }

    /** The sets (ISet) of this member. */
    public SetService sets() {
        return sets;
    }

    /** The lists (IList) of this member. */
    public ListService lists() {
        return lists;
    }

    /** The multimaps (MultiMap) of this member. */
    public MultiMapService multiMaps() {
        return multiMaps;
    }

    /** The replicated maps (ReplicatedMap) of this member. */
    public ReplicatedMapService replicatedMaps() {
        return replicatedMaps;
    }

    /**
     * Registers work to do when the member stops, such as failing operations that are still parked, so
     * that no client waits for an answer that will never come.
     */
    public void onShutdown(Runnable hook) {
        shutdownHooks.add(hook);
    }

    /** Runs the shutdown hooks, in registration order. */
    public void shutdown() {
        shutdownHooks.forEach(Runnable::run);
    }
}
