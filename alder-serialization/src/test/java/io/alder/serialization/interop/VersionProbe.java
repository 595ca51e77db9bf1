package io.alder.serialization.interop;

import io.alder.serialization.PortableReader;
import io.alder.serialization.PortableWriter;
import io.alder.serialization.VersionedPortable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A versioned portable twin that probes reading data of another class version: every version writes one
 * field of each type in {@link #FIELDS}, and reading records, for each field and for one the data lacks,
 * what every typed read gives (the value, or that the types are incompatible).
 */
final class VersionProbe extends FixedIdPortable
        implements VersionedPortable, com.hazelcast.nio.serialization.VersionedPortable {

    static final int FACTORY_ID = 7;
    static final int CLASS_ID = 1;

    /** The fields written, then one that no version writes. */
    private static final List<String> FIELDS =
            List.of("byte", "boolean", "char", "short", "int", "long", "float", "double", "utf", "ints", "missing");

    /** Every typed read of {@link PortableReader}. */
    private enum Read {
        BYTE(PortableReader::readByte),
        BOOLEAN(PortableReader::readBoolean),
        CHAR(PortableReader::readChar),
        SHORT(PortableReader::readShort),
        INT(PortableReader::readInt),
        LONG(PortableReader::readLong),
        FLOAT(PortableReader::readFloat),
        DOUBLE(PortableReader::readDouble),
        UTF(PortableReader::readUTF),
        PORTABLE(PortableReader::readPortable),
        BYTE_ARRAY(PortableReader::readByteArray),
        BOOLEAN_ARRAY(PortableReader::readBooleanArray),
        CHAR_ARRAY(PortableReader::readCharArray),
        SHORT_ARRAY(PortableReader::readShortArray),
        INT_ARRAY(PortableReader::readIntArray),
        LONG_ARRAY(PortableReader::readLongArray),
        FLOAT_ARRAY(PortableReader::readFloatArray),
        DOUBLE_ARRAY(PortableReader::readDoubleArray),
        UTF_ARRAY(PortableReader::readUTFArray),
        PORTABLE_ARRAY(PortableReader::readPortableArray);

        private final FieldRead read;

        Read(FieldRead read) {
            this.read = read;
        }
    }

    @FunctionalInterface
    private interface FieldRead {
        Object of(PortableReader reader, String fieldName) throws IOException;
    }

    private final int version;
    /** One line per field and read, "field as READ: outcome", once read. */
    final List<String> outcomes = new ArrayList<>();

    VersionProbe(int version) {
        super(FACTORY_ID, CLASS_ID);
        this.version = version;
    }

    @Override
    public int getClassVersion() {
        return version;
    }

    @Override
    public void writePortable(PortableWriter w) throws IOException {
        w.writeByte("byte", (byte) -7);
        w.writeBoolean("boolean", true);
        w.writeChar("char", '\u20ac');
        w.writeShort("short", (short) -300);
        w.writeInt("int", 70_000);
        w.writeLong("long", (1L << 53) + 1);
        w.writeFloat("float", 1.1f);
        w.writeDouble("double", -2.5);
        w.writeUTF("utf", "text");
        w.writeIntArray("ints", new int[] {1, 2});
    }

    @Override
    public void readPortable(PortableReader r) throws IOException {
        for (String field : FIELDS) {
            for (Read read : Read.values()) {
                outcomes.add(field + " as " + read + ": " + outcome(r, field, read));
            }
        }
    }

    private static String outcome(PortableReader r, String field, Read read) throws IOException {
        try {
            return Arrays.deepToString(new Object[] {read.read.of(r, field)});
        } catch (IncompatibleClassChangeError e) {
            return "incompatible";
        }
    }

    @Override
    public String toString() {
        return "VersionProbe.v" + version + outcomes;
    }
}
