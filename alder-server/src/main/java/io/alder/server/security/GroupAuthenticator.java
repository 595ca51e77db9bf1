package io.alder.server.security;

import io.alder.serialization.Data;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The default: a client must present the configured group name AND password. (3.12 members without
 * their enterprise security feature compare only the group name; Alder checks both.) Custom credentials
 * are refused, as a 3.12 member without security refuses them.
 */
public final class GroupAuthenticator implements Authenticator {

    private final byte[] groupName;
    private final byte[] password;
    private final boolean checkPassword;

    public GroupAuthenticator(String groupName, String password) {
        this(groupName, password, true);
    }

    private GroupAuthenticator(String groupName, String password, boolean checkPassword) {
        this.groupName = groupName.getBytes(StandardCharsets.UTF_8);
        this.password = password.getBytes(StandardCharsets.UTF_8);
        this.checkPassword = checkPassword;
    }

    /** A member without security: the group name must match, any password is accepted, as on a 3.12 member. */
    public static GroupAuthenticator nameOnly(String groupName) {
        return new GroupAuthenticator(groupName, "", false);
    }

    @Override
    public boolean authenticate(String username, String candidatePassword) {
        // Constant-time comparisons, so response timing does not reveal how much of a secret matched.
        boolean nameMatches = MessageDigest.isEqual(groupName, username.getBytes(StandardCharsets.UTF_8));
        boolean passwordMatches = MessageDigest.isEqual(password, candidatePassword.getBytes(StandardCharsets.UTF_8));
        return nameMatches & (passwordMatches | !checkPassword);
    }

    @Override
    public boolean authenticateCustom(Data credentials) {
        return false;
    }
}
