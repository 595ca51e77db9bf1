package io.alder.serialization.interop;

import io.alder.serialization.PortableReader;
import io.alder.serialization.PortableWriter;
import io.alder.serialization.VersionedPortable;
import java.io.IOException;
import java.util.Objects;

/**
 * A versioned portable twin whose field layout depends on its class version:
 * <ul>
 *   <li>1: name (UTF), age (int), level (byte)</li>
 *   <li>2: version 1 plus email (UTF) and score (double)</li>
 *   <li>3: name (UTF), age (long), level (int), wider types than version 1</li>
 * </ul>
 */
final class Profile extends FixedIdPortable
        implements VersionedPortable, com.hazelcast.nio.serialization.VersionedPortable {

    static final int FACTORY_ID = 6;
    static final int CLASS_ID = 1;

    private final int version;
    String name;
    long age;
    int level;
    String email;
    double score;
    int readVersion = -1;

    Profile(int version) {
        super(FACTORY_ID, CLASS_ID);
        this.version = version;
    }

    Profile(int version, String name, long age, int level, String email, double score) {
        this(version);
        this.name = name;
        this.age = age;
        this.level = level;
        this.email = email;
        this.score = score;
    }

    @Override
    public int getClassVersion() {
        return version;
    }

    @Override
    public void writePortable(PortableWriter w) throws IOException {
        w.writeUTF("name", name);
        if (version == 3) {
            w.writeLong("age", age);
            w.writeInt("level", level);
            return;
        }
        w.writeInt("age", (int) age);
        w.writeByte("level", (byte) level);
        if (version == 2) {
            w.writeUTF("email", email);
            w.writeDouble("score", score);
        }
    }

    @Override
    public void readPortable(PortableReader r) throws IOException {
        readVersion = r.getVersion();
        name = r.readUTF("name");
        if (version == 3) {
            age = r.readLong("age");
            level = r.readInt("level");
            return;
        }
        age = r.readInt("age");
        level = r.readByte("level");
        if (version == 2) {
            email = r.readUTF("email");
            score = r.readDouble("score");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile p && version == p.version && Objects.equals(name, p.name) && age == p.age
                && level == p.level && Objects.equals(email, p.email) && Double.compare(score, p.score) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, name, age);
    }

    @Override
    public String toString() {
        return "Profile.v" + version + "{" + name + ", " + age + ", " + level + ", " + email + ", " + score + '}';
    }
}
