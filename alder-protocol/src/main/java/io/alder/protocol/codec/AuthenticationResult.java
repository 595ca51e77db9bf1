package io.alder.protocol.codec;

import java.util.List;

/**
 * The AUTHENTICATION response (107).
 *
 * <pre>
 *   | status: u8 | address: Address? | uuid: str? | ownerUuid: str? | serializationVersion: u8 |
 *   | serverHazelcastVersion: str [1.3+] | clientUnregisteredMembers: L&lt;Member&gt;? [1.3+] |
 *   | partitionCount: i32 [1.8+] | clusterId: str [1.8+] |
 * </pre>
 *
 * @param status one of the {@code STATUS_*} values
 */
public record AuthenticationResult(int status, Address address, String uuid, String ownerUuid,
        byte serializationVersion, String serverVersion, List<MemberInfo> unregisteredMembers, int partitionCount,
        String clusterId) {

    public static final int STATUS_AUTHENTICATED = 0;
    public static final int STATUS_CREDENTIALS_FAILED = 1;
    public static final int STATUS_SERIALIZATION_VERSION_MISMATCH = 2;
    public static final int STATUS_NOT_ALLOWED_IN_CLUSTER = 3;
}
