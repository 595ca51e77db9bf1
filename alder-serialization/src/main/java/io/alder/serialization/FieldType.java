package io.alder.serialization;

/** The type of a {@link Portable} field, with the ids 3.12 writes into the data. */
public enum FieldType {
    PORTABLE(0),
    BYTE(1),
    BOOLEAN(2),
    CHAR(3),
    SHORT(4),
    INT(5),
    LONG(6),
    FLOAT(7),
    DOUBLE(8),
    UTF(9),
    PORTABLE_ARRAY(10),
    BYTE_ARRAY(11),
    BOOLEAN_ARRAY(12),
    CHAR_ARRAY(13),
    SHORT_ARRAY(14),
    INT_ARRAY(15),
    LONG_ARRAY(16),
    FLOAT_ARRAY(17),
    DOUBLE_ARRAY(18),
    UTF_ARRAY(19);

    private static final FieldType[] BY_ID = values();

    private final byte id;

    FieldType(int id) {
        this.id = (byte) id;
    }

    /** The id written into the data. */
    public byte getId() {
        return id;
    }

    /**
     * The type with {@code id}.
     *
     * @throws SerializationException if no type has that id
     */
    public static FieldType get(byte id) {
        if (id < 0 || id >= BY_ID.length) {
            throw new SerializationException("unknown portable field type: " + id);
        }
        return BY_ID[id];
    }
}
