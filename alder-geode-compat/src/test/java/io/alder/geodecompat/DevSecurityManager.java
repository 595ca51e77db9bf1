package io.alder.geodecompat;

import java.util.Properties;
import org.apache.geode.security.AuthenticationFailedException;
import org.apache.geode.security.SecurityManager;

/**
 * The secured Geode server's security manager: it accepts exactly the credentials an Alder member accepts by
 * default, and allows everything once authenticated, as Alder (which has no authorization) does.
 */
final class DevSecurityManager implements SecurityManager {

    @Override
    public Object authenticate(Properties credentials) {
        String username = credentials.getProperty("security-username");
        if (ServerUnderTest.USERNAME.equals(username)
                && ServerUnderTest.PASSWORD.equals(credentials.getProperty("security-password"))) {
            return username;
        }
        throw new AuthenticationFailedException("unknown user or wrong password: " + username);
    }
}
