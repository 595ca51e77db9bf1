package io.alder.protocol.codec;

/**
 * The error codes of 3.12 ({@code ClientProtocolErrorCodes}) and the exception class a 3.12 member
 * reports with each: the official Java client maps the code to its own exception type, so a member must
 * send the code and class name a 3.12 member would.
 */
public enum ErrorCode {
    UNDEFINED(0, ""),
    ARRAY_INDEX_OUT_OF_BOUNDS(1, "java.lang.ArrayIndexOutOfBoundsException"),
    ARRAY_STORE(2, "java.lang.ArrayStoreException"),
    AUTHENTICATION(3, "com.hazelcast.client.impl.StubAuthenticationException"),
    CACHE(4, "javax.cache.CacheException"),
    CACHE_LOADER(5, "javax.cache.integration.CacheLoaderException"),
    CACHE_NOT_EXISTS(6, "com.hazelcast.cache.CacheNotExistsException"),
    CACHE_WRITER(7, "javax.cache.integration.CacheWriterException"),
    CALLER_NOT_MEMBER(8, "com.hazelcast.spi.exception.CallerNotMemberException"),
    CANCELLATION(9, "java.util.concurrent.CancellationException"),
    CLASS_CAST(10, "java.lang.ClassCastException"),
    CLASS_NOT_FOUND(11, "java.lang.ClassNotFoundException"),
    CONCURRENT_MODIFICATION(12, "java.util.ConcurrentModificationException"),
    CONFIG_MISMATCH(13, "com.hazelcast.internal.cluster.impl.ConfigMismatchException"),
    CONFIGURATION(14, "com.hazelcast.config.ConfigurationException"),
    DISTRIBUTED_OBJECT_DESTROYED(15, "com.hazelcast.spi.exception.DistributedObjectDestroyedException"),
    DUPLICATE_INSTANCE_NAME(16, "com.hazelcast.core.DuplicateInstanceNameException"),
    EOF(17, "java.io.EOFException"),
    ENTRY_PROCESSOR(18, "javax.cache.processor.EntryProcessorException"),
    EXECUTION(19, "java.util.concurrent.ExecutionException"),
    HAZELCAST(20, "com.hazelcast.core.HazelcastException"),
    HAZELCAST_INSTANCE_NOT_ACTIVE(21, "com.hazelcast.core.HazelcastInstanceNotActiveException"),
    HAZELCAST_OVERLOAD(22, "com.hazelcast.core.HazelcastOverloadException"),
    HAZELCAST_SERIALIZATION(23, "com.hazelcast.nio.serialization.HazelcastSerializationException"),
    IO(24, "java.io.IOException"),
    ILLEGAL_ARGUMENT(25, "java.lang.IllegalArgumentException"),
    ILLEGAL_ACCESS_EXCEPTION(26, "java.lang.IllegalAccessException"),
    ILLEGAL_ACCESS_ERROR(27, "java.lang.IllegalAccessError"),
    ILLEGAL_MONITOR_STATE(28, "java.lang.IllegalMonitorStateException"),
    ILLEGAL_STATE(29, "java.lang.IllegalStateException"),
    ILLEGAL_THREAD_STATE(30, "java.lang.IllegalThreadStateException"),
    INDEX_OUT_OF_BOUNDS(31, "java.lang.IndexOutOfBoundsException"),
    INTERRUPTED(32, "java.lang.InterruptedException"),
    INVALID_ADDRESS(33, "com.hazelcast.util.AddressUtil$InvalidAddressException"),
    INVALID_CONFIGURATION(34, "com.hazelcast.config.InvalidConfigurationException"),
    MEMBER_LEFT(35, "com.hazelcast.core.MemberLeftException"),
    NEGATIVE_ARRAY_SIZE(36, "java.lang.NegativeArraySizeException"),
    NO_SUCH_ELEMENT(37, "java.util.NoSuchElementException"),
    NOT_SERIALIZABLE(38, "java.io.NotSerializableException"),
    NULL_POINTER(39, "java.lang.NullPointerException"),
    OPERATION_TIMEOUT(40, "com.hazelcast.core.OperationTimeoutException"),
    PARTITION_MIGRATING(41, "com.hazelcast.spi.exception.PartitionMigratingException"),
    QUERY(42, "com.hazelcast.query.QueryException"),
    QUERY_RESULT_SIZE_EXCEEDED(43, "com.hazelcast.map.QueryResultSizeExceededException"),
    QUORUM(44, "com.hazelcast.quorum.QuorumException"),
    REACHED_MAX_SIZE(45, "com.hazelcast.map.ReachedMaxSizeException"),
    REJECTED_EXECUTION(46, "java.util.concurrent.RejectedExecutionException"),
    REMOTE_MAP_REDUCE(47, "com.hazelcast.mapreduce.RemoteMapReduceException"),
    RESPONSE_ALREADY_SENT(48, "com.hazelcast.spi.exception.ResponseAlreadySentException"),
    RETRYABLE_HAZELCAST(49, "com.hazelcast.spi.exception.RetryableHazelcastException"),
    RETRYABLE_IO(50, "com.hazelcast.spi.exception.RetryableIOException"),
    RUNTIME(51, "java.lang.RuntimeException"),
    SECURITY(52, "java.lang.SecurityException"),
    SOCKET(53, "java.net.SocketException"),
    STALE_SEQUENCE(54, "com.hazelcast.ringbuffer.StaleSequenceException"),
    TARGET_DISCONNECTED(55, "com.hazelcast.spi.exception.TargetDisconnectedException"),
    TARGET_NOT_MEMBER(56, "com.hazelcast.spi.exception.TargetNotMemberException"),
    TIMEOUT(57, "java.util.concurrent.TimeoutException"),
    TOPIC_OVERLOAD(58, "com.hazelcast.topic.TopicOverloadException"),
    TOPOLOGY_CHANGED(59, "com.hazelcast.mapreduce.TopologyChangedException"),
    TRANSACTION(60, "com.hazelcast.transaction.TransactionException"),
    TRANSACTION_NOT_ACTIVE(61, "com.hazelcast.transaction.TransactionNotActiveException"),
    TRANSACTION_TIMED_OUT(62, "com.hazelcast.transaction.TransactionTimedOutException"),
    URI_SYNTAX(63, "java.net.URISyntaxException"),
    UTF_DATA_FORMAT(64, "java.io.UTFDataFormatException"),
    UNSUPPORTED_OPERATION(65, "java.lang.UnsupportedOperationException"),
    WRONG_TARGET(66, "com.hazelcast.spi.exception.WrongTargetException"),
    XA(67, "javax.transaction.xa.XAException"),
    ACCESS_CONTROL(68, "java.security.AccessControlException"),
    LOGIN(69, "javax.security.auth.login.LoginException"),
    UNSUPPORTED_CALLBACK(70, "javax.security.auth.callback.UnsupportedCallbackException"),
    NO_DATA_MEMBER(71, "com.hazelcast.partition.NoDataMemberInClusterException"),
    REPLICATED_MAP_CANT_BE_CREATED(72, "com.hazelcast.replicatedmap.ReplicatedMapCantBeCreatedOnLiteMemberException"),
    MAX_MESSAGE_SIZE_EXCEEDED(73, "com.hazelcast.client.impl.protocol.exception.MaxMessageSizeExceeded"),
    WAN_REPLICATION_QUEUE_FULL(74, "com.hazelcast.wan.WANReplicationQueueFullException"),
    ASSERTION_ERROR(75, "java.lang.AssertionError"),
    OUT_OF_MEMORY_ERROR(76, "java.lang.OutOfMemoryError"),
    STACK_OVERFLOW_ERROR(77, "java.lang.StackOverflowError"),
    NATIVE_OUT_OF_MEMORY_ERROR(78, "com.hazelcast.memory.NativeOutOfMemoryError"),
    SERVICE_NOT_FOUND(79, "com.hazelcast.spi.exception.ServiceNotFoundException"),
    STALE_TASK_ID(80, "com.hazelcast.durableexecutor.StaleTaskIdException"),
    DUPLICATE_TASK(81, "com.hazelcast.scheduledexecutor.DuplicateTaskException"),
    STALE_TASK(82, "com.hazelcast.scheduledexecutor.StaleTaskException"),
    LOCAL_MEMBER_RESET(83, "com.hazelcast.core.LocalMemberResetException"),
    INDETERMINATE_OPERATION_STATE(84, "com.hazelcast.core.IndeterminateOperationStateException"),
    FLAKE_ID_NODE_ID_OUT_OF_RANGE_EXCEPTION(85, "com.hazelcast.flakeidgen.impl.NodeIdOutOfRangeException"),
    TARGET_NOT_REPLICA_EXCEPTION(86, "com.hazelcast.crdt.TargetNotReplicaException"),
    MUTATION_DISALLOWED_EXCEPTION(87, "com.hazelcast.crdt.MutationDisallowedException"),
    CONSISTENCY_LOST_EXCEPTION(88, "com.hazelcast.core.ConsistencyLostException"),
    SESSION_EXPIRED_EXCEPTION(89, "com.hazelcast.cp.internal.session.SessionExpiredException"),
    WAIT_KEY_CANCELLED_EXCEPTION(90, "com.hazelcast.cp.internal.datastructures.exception.WaitKeyCancelledException"),
    LOCK_ACQUIRE_LIMIT_REACHED_EXCEPTION(91, "com.hazelcast.cp.lock.exception.LockAcquireLimitReachedException"),
    LOCK_OWNERSHIP_LOST_EXCEPTION(92, "com.hazelcast.cp.lock.exception.LockOwnershipLostException"),
    CP_GROUP_DESTROYED_EXCEPTION(93, "com.hazelcast.cp.exception.CPGroupDestroyedException"),
    CANNOT_REPLICATE_EXCEPTION(94, "com.hazelcast.cp.exception.CannotReplicateException"),
    LEADER_DEMOTED_EXCEPTION(95, "com.hazelcast.cp.exception.LeaderDemotedException"),
    STALE_APPEND_REQUEST_EXCEPTION(96, "com.hazelcast.cp.exception.StaleAppendRequestException"),
    NOT_LEADER_EXCEPTION(97, "com.hazelcast.cp.exception.NotLeaderException"),
    NO_SUCH_METHOD_ERROR(98, "java.lang.NoSuchMethodError"),
    NO_SUCH_METHOD_EXCEPTION(99, "java.lang.NoSuchMethodException"),
    NO_SUCH_FIELD_ERROR(100, "java.lang.NoSuchFieldError"),
    NO_SUCH_FIELD_EXCEPTION(101, "java.lang.NoSuchFieldException"),
    NO_CLASS_DEF_FOUND_ERROR(102, "java.lang.NoClassDefFoundError");

    private static final ErrorCode[] BY_CODE = new ErrorCode[128];

    static {
        for (ErrorCode code : values()) {
            BY_CODE[code.code] = code;
        }
    }

    private final int code;
    private final String className;

    ErrorCode(int code, String className) {
        this.code = code;
        this.className = className;
    }

    /** The numeric code on the wire. */
    public int code() {
        return code;
    }

    /** The exception class name a 3.12 member sends with this code (empty for UNDEFINED). */
    public String className() {
        return className;
    }

    /** The constant for a code, or {@link #UNDEFINED} for codes 3.12 does not define. */
    public static ErrorCode of(int code) {
        ErrorCode known = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
        return known == null ? UNDEFINED : known;
    }
}
