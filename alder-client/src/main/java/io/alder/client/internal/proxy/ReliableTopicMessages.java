package io.alder.client.internal.proxy;

import io.alder.serialization.Data;
import io.alder.serialization.DataSerializableFactory;
import io.alder.serialization.IdentifiedDataSerializable;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.SerializationConfig;
import io.alder.serialization.SerializationException;
import io.alder.serialization.SerializationService;
import java.io.IOException;
import java.nio.ByteOrder;

/**
 * The envelope 3.12 clients put around a reliable topic's message in its ringbuffer: the
 * {@code IdentifiedDataSerializable} {@code ReliableTopicMessage} (factory -18, class 2), which holds the
 * publish time, the publisher's address (an {@code Address}, factory 0, class 1; null from Java clients,
 * the client's own address from Node.js clients) and the serialized message.
 *
 * <pre>
 *   | publishTime: i64 | publisherAddress: object (null, or | port: i32 | type: byte | host: str |) |
 *   | payload: Data |
 * </pre>
 *
 * The message itself stays serialized: the user's serialization reads it. Thread-safe.
 */
final class ReliableTopicMessages {

    static final int FACTORY_ID = -18;
    static final int MESSAGE_CLASS_ID = 2;
    static final int ADDRESS_FACTORY_ID = 0;
    static final int ADDRESS_CLASS_ID = 1;

    /** One envelope: a message, when and from where it was published. */
    record Envelope(long publishTime, PublisherAddress publisher, Data payload) {
    }

    /**
     * A publisher's address as 3.12 writes it.
     *
     * @param type 4 for IPv4, 6 for IPv6
     */
    record PublisherAddress(String host, int port, int type) {
    }

    private final SerializationService envelopes;

    /** @param byteOrder the byte order of the client's serialization, which the envelope follows */
    ReliableTopicMessages(ByteOrder byteOrder) {
        DataSerializableFactory messages = classId -> classId == MESSAGE_CLASS_ID ? new Message() : null;
        DataSerializableFactory addresses = classId -> classId == ADDRESS_CLASS_ID ? new Address() : null;
        this.envelopes = SerializationService.create(SerializationConfig.builder().byteOrder(byteOrder)
                .addDataSerializableFactory(FACTORY_ID, messages)
                .addDataSerializableFactory(ADDRESS_FACTORY_ID, addresses).build());
    }

    /** Wraps a serialized message, published now, without a publisher address (as a 3.12 Java client). */
    Data wrap(Data payload, long publishTime) {
        return envelopes.toData(new Message(new Envelope(publishTime, null, payload)));
    }

    /**
     * Reads an envelope.
     *
     * @throws io.alder.serialization.SerializationException if {@code data} is not one
     */
    Envelope unwrap(Data data) {
        Object read = envelopes.toObject(data);
        if (!(read instanceof Message message)) {
            throw new SerializationException("not a reliable topic message: " + data);
        }
        return message.envelope;
    }

    /** The serialized form of an {@link Envelope}. */
    private static final class Message implements IdentifiedDataSerializable {
        private Envelope envelope;

        Message() {
        }

        Message(Envelope envelope) {
            this.envelope = envelope;
        }

        @Override
        public int getFactoryId() {
            return FACTORY_ID;
        }

        @Override
        public int getId() {
            return MESSAGE_CLASS_ID;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeLong(envelope.publishTime());
            PublisherAddress publisher = envelope.publisher();
            out.writeObject(publisher == null ? null : new Address(publisher));
            out.writeData(envelope.payload());
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            long publishTime = in.readLong();
            Address publisher = in.readObject();
            envelope = new Envelope(publishTime, publisher == null ? null : publisher.address, in.readData());
        }
    }

    /** The serialized form of a {@link PublisherAddress}. */
    private static final class Address implements IdentifiedDataSerializable {
        private PublisherAddress address;

        Address() {
        }

        Address(PublisherAddress address) {
            this.address = address;
        }

        @Override
        public int getFactoryId() {
            return ADDRESS_FACTORY_ID;
        }

        @Override
        public int getId() {
            return ADDRESS_CLASS_ID;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeInt(address.port());
            out.writeByte(address.type());
            out.writeUTF(address.host());
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            int port = in.readInt();
            int type = in.readByte();
            address = new PublisherAddress(in.readUTF(), port, type);
        }
    }
}
