package io.alder.client.internal.cluster;

/** Reads the version a member reports at authentication, e.g. {@code 3.12.13} or {@code 3.9-SNAPSHOT}. */
final class ServerVersion {

    private ServerVersion() {
    }

    /** Whether {@code version} is at least {@code major.minor}; false for null or unreadable versions. */
    static boolean atLeast(String version, int major, int minor) {
        if (version == null) {
            return false;
        }
        String[] parts = version.split("[.-]", 3);
        try {
            int actualMajor = Integer.parseInt(parts[0]);
            int actualMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return actualMajor > major || actualMajor == major && actualMinor >= minor;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
