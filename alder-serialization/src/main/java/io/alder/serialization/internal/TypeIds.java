package io.alder.serialization.internal;

/** The serializer type ids of 3.12's built-in serializers. User serializers have positive ids. */
public final class TypeIds {

    public static final int NULL = 0;
    public static final int PORTABLE = -1;
    public static final int DATA_SERIALIZABLE = -2;
    public static final int BYTE = -3;
    public static final int BOOLEAN = -4;
    public static final int CHAR = -5;
    public static final int SHORT = -6;
    public static final int INTEGER = -7;
    public static final int LONG = -8;
    public static final int FLOAT = -9;
    public static final int DOUBLE = -10;
    public static final int STRING = -11;
    public static final int BYTE_ARRAY = -12;
    public static final int BOOLEAN_ARRAY = -13;
    public static final int CHAR_ARRAY = -14;
    public static final int SHORT_ARRAY = -15;
    public static final int INT_ARRAY = -16;
    public static final int LONG_ARRAY = -17;
    public static final int FLOAT_ARRAY = -18;
    public static final int DOUBLE_ARRAY = -19;
    public static final int STRING_ARRAY = -20;
    public static final int CLASS = -21;
    public static final int DATE = -22;
    public static final int BIG_INTEGER = -23;
    public static final int BIG_DECIMAL = -24;
    public static final int ENUM = -25;
    public static final int ARRAY_LIST = -26;
    public static final int LINKED_LIST = -27;
    public static final int JAVA_SERIALIZABLE = -100;
    public static final int JAVA_EXTERNALIZABLE = -101;
    public static final int JSON = -130;

    /** The lowest built-in id; built-in ids run from here to {@link #NULL}. */
    public static final int LOWEST = JSON;

    private TypeIds() {
    }
}
