package io.alder.protocol.codec;

import io.alder.protocol.ClientMessage;
import io.alder.serialization.Data;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Builds expected frames by hand from the fact sheet's notation, independently of the codecs under test:
 * {@code String} = str, {@code Data} = Data, {@code Long} = i64, {@code Integer} = i32, {@code Boolean} = bool,
 * {@link #nullable} = T?, lists = count + elements, {@code Map.Entry} = key then value.
 */
final class Wire {

    /** A {@code T?}: the is-null flag, then the value when present. */
    record Nullable(Object value) {
    }

    private Wire() {
    }

    static Nullable nullable(Object value) {
        return new Nullable(value);
    }

    /** A whole frame: the 22-byte header, then the fields in order. */
    static byte[] frame(int type, int flags, long correlationId, int partitionId, Object... fields) {
        byte[] payload = payload(fields);
        ByteBuffer header = ByteBuffer.allocate(ClientMessage.HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(ClientMessage.HEADER_SIZE + payload.length).put((byte) 1).put((byte) flags)
                .putShort((short) type).putLong(correlationId).putInt(partitionId)
                .putShort((short) ClientMessage.HEADER_SIZE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(payload);
        return out.toByteArray();
    }

    static byte[] payload(Object... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object field : fields) {
            write(out, field);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object field) {
        if (field instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(littleEndian(4).putInt(utf8.length).array());
            out.writeBytes(utf8);
        } else if (field instanceof Data data) {
            out.writeBytes(littleEndian(4).putInt(data.size()).array());
            out.writeBytes(data.bytes());
        } else if (field instanceof Long value) {
            out.writeBytes(littleEndian(8).putLong(value).array());
        } else if (field instanceof Integer value) {
            out.writeBytes(littleEndian(4).putInt(value).array());
        } else if (field instanceof Boolean value) {
            out.write(value ? 1 : 0);
        } else if (field instanceof Nullable nullable) {
            out.write(nullable.value() == null ? 1 : 0);
            if (nullable.value() != null) {
                write(out, nullable.value());
            }
        } else if (field instanceof List<?> list) {
            out.writeBytes(littleEndian(4).putInt(list.size()).array());
            list.forEach(element -> write(out, element));
        } else if (field instanceof long[] values) {
            out.writeBytes(littleEndian(4).putInt(values.length).array());
            for (long value : values) {
                write(out, value);
            }
        } else if (field instanceof Map.Entry<?, ?> entry) {
            write(out, entry.getKey());
            write(out, entry.getValue());
        } else if (field instanceof Address address) {
            write(out, address.host());
            write(out, address.port());
        } else {
            throw new IllegalArgumentException("no wire form for " + field);
        }
    }

    private static ByteBuffer littleEndian(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
