package io.alder.compat;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Serializable;
import java.util.Date;

/**
 * Values a Hazelcast client writes that no Geode {@code EncodedValue} member expresses: built-in types Geode
 * has no encoding for, and user types of each of 3.12's serialization kinds. Each sample is written by both
 * Java clients: the user classes implement the official client's interfaces and Alder's alike.
 */
enum HazelcastOnlyValue {

    DATE("a Date", new Date(1_700_000_000_123L)),
    CHARACTER("a Character", 'ß'),
    INT_ARRAY("an int[]", new int[] {Integer.MIN_VALUE, 0, 7}),
    IDENTIFIED("an IdentifiedDataSerializable", new Coordinates(52, -13)),
    PORTABLE("a Portable", new Badge("Ada", 3)),
    SERIALIZABLE("a Serializable", new Receipt("coffee", 250));

    private final String description;
    private final Object sample;

    HazelcastOnlyValue(String description, Object sample) {
        this.description = description;
        this.sample = sample;
    }

    Object sample() {
        return sample;
    }

    @Override
    public String toString() {
        return description;
    }

    /** The factory id of the user types; each client writes it without needing the factory. */
    private static final int FACTORY_ID = 17;

    /** Written as 3.12's IdentifiedDataSerializable (type -2): its factory and class ids, then two ints. */
    static final class Coordinates implements com.hazelcast.nio.serialization.IdentifiedDataSerializable,
            io.alder.serialization.IdentifiedDataSerializable {

        private static final int CLASS_ID = 1;

        private int latitude;
        private int longitude;

        Coordinates(int latitude, int longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
        }

        @Override
        public int getFactoryId() {
            return FACTORY_ID;
        }

        @Override
        public int getId() {
            return CLASS_ID;
        }

        @Override
        public void writeData(com.hazelcast.nio.ObjectDataOutput out) throws IOException {
            write(out);
        }

        @Override
        public void writeData(io.alder.serialization.ObjectDataOutput out) throws IOException {
            write(out);
        }

        @Override
        public void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
            read(in);
        }

        @Override
        public void readData(io.alder.serialization.ObjectDataInput in) throws IOException {
            read(in);
        }

        /** Both clients' streams are DataOutputs: the fields are written once, for both. */
        private void write(DataOutput out) throws IOException {
            out.writeInt(latitude);
            out.writeInt(longitude);
        }

        private void read(DataInput in) throws IOException {
            latitude = in.readInt();
            longitude = in.readInt();
        }
    }

    /** Written as 3.12's Portable (type -1): its class definition, then the named fields. */
    static final class Badge implements com.hazelcast.nio.serialization.Portable, io.alder.serialization.Portable {

        private static final int CLASS_ID = 2;

        private String holder;
        private int level;

        Badge(String holder, int level) {
            this.holder = holder;
            this.level = level;
        }

        @Override
        public int getFactoryId() {
            return FACTORY_ID;
        }

        @Override
        public int getClassId() {
            return CLASS_ID;
        }

        @Override
        public void writePortable(com.hazelcast.nio.serialization.PortableWriter writer) throws IOException {
            writer.writeUTF("holder", holder);
            writer.writeInt("level", level);
        }

        @Override
        public void writePortable(io.alder.serialization.PortableWriter writer) throws IOException {
            writer.writeUTF("holder", holder);
            writer.writeInt("level", level);
        }

        @Override
        public void readPortable(com.hazelcast.nio.serialization.PortableReader reader) throws IOException {
            holder = reader.readUTF("holder");
            level = reader.readInt("level");
        }

        @Override
        public void readPortable(io.alder.serialization.PortableReader reader) throws IOException {
            holder = reader.readUTF("holder");
            level = reader.readInt("level");
        }
    }

    /** Written with Java serialization (type -100). */
    record Receipt(String item, int cents) implements Serializable {
    }
}
