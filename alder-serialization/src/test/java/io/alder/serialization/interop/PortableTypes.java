package io.alder.serialization.interop;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.ClassDefinitionBuilder;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.Portable;
import io.alder.serialization.PortableReader;
import io.alder.serialization.PortableWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/** Portable twin classes of factory {@value #FACTORY_ID}. */
public final class PortableTypes {

    public static final int FACTORY_ID = 5;

    private PortableTypes() {
    }

    public static TwinPortable create(int classId) {
        return switch (classId) {
            case AllTypes.CLASS_ID -> new AllTypes();
            case Inner.CLASS_ID -> new Inner();
            case Outer.CLASS_ID -> new Outer();
            default -> null;
        };
    }

    /**
     * Registers the class definitions of {@link Inner} and {@link Outer} on both sides, which lets an
     * {@link Outer} carry a null inner portable and a null or empty portable array.
     */
    public static TwinConfig withOuterDefinitions(TwinConfig config) {
        ClassDefinition inner = new ClassDefinitionBuilder(FACTORY_ID, Inner.CLASS_ID).addUTFField("name")
                .addIntField("value").build();
        com.hazelcast.nio.serialization.ClassDefinition referenceInner =
                new com.hazelcast.nio.serialization.ClassDefinitionBuilder(FACTORY_ID, Inner.CLASS_ID).addUTFField("name")
                        .addIntField("value").build();
        return config.classDefinition(inner, referenceInner)
                .classDefinition(new ClassDefinitionBuilder(FACTORY_ID, Outer.CLASS_ID).addUTFField("title")
                                .addPortableField("inner", inner).addPortableArrayField("inners", inner)
                                .addLongField("count").build(),
                        new com.hazelcast.nio.serialization.ClassDefinitionBuilder(FACTORY_ID, Outer.CLASS_ID)
                                .addUTFField("title").addPortableField("inner", referenceInner)
                                .addPortableArrayField("inners", referenceInner).addLongField("count").build());
    }

    /** One field of every non-portable type, then raw data. */
    static final class AllTypes extends FixedIdPortable {

        static final int CLASS_ID = 1;

        byte b;
        boolean z;
        char c;
        short s;
        int i;
        long l;
        float f;
        double d;
        String text;
        byte[] bytes;
        boolean[] booleans;
        char[] chars;
        short[] shorts;
        int[] ints;
        long[] longs;
        float[] floats;
        double[] doubles;
        String[] texts;
        Object rawObject;

        AllTypes() {
            super(FACTORY_ID, CLASS_ID);
        }

        static AllTypes sample(String text) {
            AllTypes v = new AllTypes();
            v.b = -7;
            v.z = true;
            v.c = '\u20ac';
            v.s = Short.MIN_VALUE;
            v.i = 123_456;
            v.l = Long.MAX_VALUE;
            v.f = 1.25f;
            v.d = -2.5;
            v.text = text;
            v.bytes = new byte[] {1, 2};
            v.booleans = new boolean[] {true, false};
            v.chars = new char[] {'x', '\uD83D', '\uDE00'};
            v.shorts = new short[] {3};
            v.ints = new int[0];
            v.longs = null;
            v.floats = new float[] {0.5f};
            v.doubles = new double[] {1e300};
            v.texts = new String[] {"p", null, "\uD83D\uDE00"};
            v.rawObject = "raw \uD83D\uDE00";
            return v;
        }

        @Override
        public void writePortable(PortableWriter w) throws IOException {
            w.writeByte("b", b);
            w.writeBoolean("z", z);
            w.writeChar("c", c);
            w.writeShort("s", s);
            w.writeInt("i", i);
            w.writeLong("l", l);
            w.writeFloat("f", f);
            w.writeDouble("d", d);
            w.writeUTF("text", text);
            w.writeByteArray("bytes", bytes);
            w.writeBooleanArray("booleans", booleans);
            w.writeCharArray("chars", chars);
            w.writeShortArray("shorts", shorts);
            w.writeIntArray("ints", ints);
            w.writeLongArray("longs", longs);
            w.writeFloatArray("floats", floats);
            w.writeDoubleArray("doubles", doubles);
            w.writeUTFArray("texts", texts);
            ObjectDataOutput raw = w.getRawDataOutput();
            raw.writeInt(42);
            raw.writeObject(rawObject);
        }

        @Override
        public void readPortable(PortableReader r) throws IOException {
            // deliberately not in write order: fields are found through the offset table
            texts = r.readUTFArray("texts");
            b = r.readByte("b");
            z = r.readBoolean("z");
            c = r.readChar("c");
            s = r.readShort("s");
            i = r.readInt("i");
            l = r.readLong("l");
            f = r.readFloat("f");
            d = r.readDouble("d");
            text = r.readUTF("text");
            bytes = r.readByteArray("bytes");
            booleans = r.readBooleanArray("booleans");
            chars = r.readCharArray("chars");
            shorts = r.readShortArray("shorts");
            ints = r.readIntArray("ints");
            longs = r.readLongArray("longs");
            floats = r.readFloatArray("floats");
            doubles = r.readDoubleArray("doubles");
            ObjectDataInput raw = r.getRawDataInput();
            if (raw.readInt() != 42) {
                throw new IOException("raw data misplaced");
            }
            rawObject = raw.readObject();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AllTypes v && b == v.b && z == v.z && c == v.c && s == v.s && i == v.i && l == v.l
                    && Float.compare(f, v.f) == 0 && Double.compare(d, v.d) == 0 && Objects.equals(text, v.text)
                    && Arrays.equals(bytes, v.bytes) && Arrays.equals(booleans, v.booleans)
                    && Arrays.equals(chars, v.chars) && Arrays.equals(shorts, v.shorts) && Arrays.equals(ints, v.ints)
                    && Arrays.equals(longs, v.longs) && Arrays.equals(floats, v.floats)
                    && Arrays.equals(doubles, v.doubles) && Arrays.equals(texts, v.texts)
                    && Objects.equals(rawObject, v.rawObject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, i, l);
        }

        @Override
        public String toString() {
            return "AllTypes{" + text + ", " + i + '}';
        }
    }

    /** A small portable nested in {@link Outer}. */
    public static final class Inner extends FixedIdPortable {

        static final int CLASS_ID = 2;

        String name;
        int value;

        Inner() {
            super(FACTORY_ID, CLASS_ID);
        }

        public Inner(String name, int value) {
            this();
            this.name = name;
            this.value = value;
        }

        @Override
        public void writePortable(PortableWriter w) throws IOException {
            w.writeUTF("name", name);
            w.writeInt("value", value);
        }

        @Override
        public void readPortable(PortableReader r) throws IOException {
            value = r.readInt("value");
            name = r.readUTF("name");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Inner v && Objects.equals(name, v.name) && value == v.value;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, value);
        }

        @Override
        public String toString() {
            return "Inner{" + name + ", " + value + '}';
        }
    }

    /** A nested portable, a portable array and a trailing field. */
    public static final class Outer extends FixedIdPortable {

        static final int CLASS_ID = 3;

        String title;
        Inner inner;
        Portable[] inners;
        long count;

        Outer() {
            super(FACTORY_ID, CLASS_ID);
        }

        public Outer(String title, Inner inner, Portable[] inners, long count) {
            this();
            this.title = title;
            this.inner = inner;
            this.inners = inners;
            this.count = count;
        }

        @Override
        public void writePortable(PortableWriter w) throws IOException {
            w.writeUTF("title", title);
            w.writePortable("inner", inner);
            w.writePortableArray("inners", inners);
            w.writeLong("count", count);
        }

        @Override
        public void readPortable(PortableReader r) throws IOException {
            count = r.readLong("count");
            inners = r.readPortableArray("inners");
            inner = r.readPortable("inner");
            title = r.readUTF("title");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Outer v && Objects.equals(title, v.title) && Objects.equals(inner, v.inner)
                    && Arrays.equals(inners, v.inners) && count == v.count;
        }

        @Override
        public int hashCode() {
            return Objects.hash(title, inner, count);
        }

        @Override
        public String toString() {
            return "Outer{" + title + ", " + inner + ", " + Arrays.toString(inners) + ", " + count + '}';
        }
    }
}
