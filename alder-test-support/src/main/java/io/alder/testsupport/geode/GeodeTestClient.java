package io.alder.testsupport.geode;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.MessageLite;
import com.google.protobuf.NullValue;
import io.alder.geode.proto.NewConnectionClientVersion;
import io.alder.geode.proto.VersionAcknowledgement;
import io.alder.geode.proto.v1.ClearRequest;
import io.alder.geode.proto.v1.DisconnectClientRequest;
import io.alder.geode.proto.v1.EncodedValue;
import io.alder.geode.proto.v1.Entry;
import io.alder.geode.proto.v1.GetAllRequest;
import io.alder.geode.proto.v1.GetRegionNamesRequest;
import io.alder.geode.proto.v1.GetRequest;
import io.alder.geode.proto.v1.GetServerRequest;
import io.alder.geode.proto.v1.GetSizeRequest;
import io.alder.geode.proto.v1.HandshakeRequest;
import io.alder.geode.proto.v1.KeySetRequest;
import io.alder.geode.proto.v1.Message;
import io.alder.geode.proto.v1.PutAllRequest;
import io.alder.geode.proto.v1.PutIfAbsentRequest;
import io.alder.geode.proto.v1.PutRequest;
import io.alder.geode.proto.v1.RemoveRequest;
import io.alder.geode.proto.v1.Server;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;

/**
 * A Geode protobuf v1 client for tests, built on the project's own .proto files over a plain blocking
 * socket: it sends exactly the bytes a real client would (or any bytes a test wants) and reads one
 * length-delimited answer at a time.
 */
public final class GeodeTestClient implements AutoCloseable {

    /** The credential keys every Geode client sends. */
    public static final String USERNAME = "security-username";
    public static final String PASSWORD = "security-password";

    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private GeodeTestClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects without sending anything; reads time out after 30 s. */
    public static GeodeTestClient connect(InetSocketAddress address) throws IOException {
        Socket socket = new Socket();
        socket.connect(address, 10_000);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return new GeodeTestClient(socket);
    }

    /** Connects and negotiates version 1.1, failing if it is not accepted. */
    public static GeodeTestClient open(InetSocketAddress address) throws IOException {
        GeodeTestClient client = connect(address);
        VersionAcknowledgement acknowledgement = client.negotiate(1, 1);
        if (!acknowledgement.getVersionAccepted()) {
            client.close();
            throw new IOException("version 1.1 refused: " + acknowledgement);
        }
        return client;
    }

    /** Connects, negotiates and authenticates, failing if the credentials are refused. */
    public static GeodeTestClient open(InetSocketAddress address, String username, String password) throws IOException {
        GeodeTestClient client = open(address);
        Message answer = client.call(handshake(username, password));
        if (!answer.hasHandshakeResponse() || !answer.getHandshakeResponse().getAuthenticated()) {
            client.close();
            throw new IOException("credentials refused: " + answer);
        }
        return client;
    }

    /** Sends {@code NewConnectionClientVersion} and reads the acknowledgement. */
    public VersionAcknowledgement negotiate(int major, int minor) throws IOException {
        send(NewConnectionClientVersion.newBuilder().setMajorVersion(major).setMinorVersion(minor).build());
        return VersionAcknowledgement.parseFrom(readFrame());
    }

    /** Sends a request and reads its one answer. */
    public Message call(Message request) throws IOException {
        send(request);
        return receive();
    }

    /** Writes a message, length-delimited, in one write. */
    public void send(MessageLite message) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeDelimitedTo(bytes);
        sendRaw(bytes.toByteArray());
    }

    /** Writes raw bytes. */
    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads one length-delimited {@code Message}. */
    public Message receive() throws IOException {
        return Message.parseFrom(readFrame());
    }

    /** Reads one length-delimited message body. */
    public byte[] readFrame() throws IOException {
        return CodedInputStream.newInstance(readRawFrame()).readByteArray();
    }

    /** Reads one length-delimited message exactly as it arrived: the varint length prefix, then the body. */
    public byte[] readRawFrame() throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (shift > 28) {
                throw new IOException("the server sent a length prefix of more than 5 bytes");
            }
            frame.write(b);
            length |= (b & 0x7f) << shift;
            if (b < 0x80) {
                break;
            }
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("the server closed the connection after " + body.length + " of " + length
                    + " bytes");
        }
        frame.writeBytes(body);
        return frame.toByteArray();
    }

    /** How many bytes can be read without blocking: more than 0 once the server started answering. */
    public int available() throws IOException {
        return in.available();
    }

    /** Whether the server closes the connection (a FIN or a reset) within {@code timeout}, reading nothing else. */
    public boolean closedByServerWithin(Duration timeout) throws IOException {
        try {
            return endedCleanlyWithin(timeout);
        } catch (IOException reset) {
            return true;
        }
    }

    /**
     * Whether the server ends the stream with a FIN within {@code timeout}, sending nothing more: false if it stays
     * open that long or sends a byte; a reset is thrown.
     */
    public boolean endedCleanlyWithin(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } finally {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        }
    }

    /** Stops writing (a half close), as a client that is done sending. */
    public void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    // ---- message builders

    public static Message handshake(String username, String password) {
        return Message.newBuilder().setHandshakeRequest(HandshakeRequest.newBuilder()
                .putCredentials(USERNAME, username).putCredentials(PASSWORD, password)).build();
    }

    public static Message put(String region, EncodedValue key, EncodedValue value) {
        return Message.newBuilder().setPutRequest(PutRequest.newBuilder().setRegionName(region)
                .setEntry(entry(key, value))).build();
    }

    public static Message get(String region, EncodedValue key) {
        return Message.newBuilder().setGetRequest(GetRequest.newBuilder().setRegionName(region).setKey(key)).build();
    }

    public static Message putAll(String region, Iterable<Entry> entries) {
        return Message.newBuilder().setPutAllRequest(PutAllRequest.newBuilder().setRegionName(region)
                .addAllEntry(entries)).build();
    }

    public static Message getAll(String region, Iterable<EncodedValue> keys) {
        return Message.newBuilder().setGetAllRequest(GetAllRequest.newBuilder().setRegionName(region)
                .addAllKey(keys)).build();
    }

    public static Message putIfAbsent(String region, EncodedValue key, EncodedValue value) {
        return Message.newBuilder().setPutIfAbsentRequest(PutIfAbsentRequest.newBuilder().setRegionName(region)
                .setEntry(entry(key, value))).build();
    }

    public static Message putAll(String region, Entry... entries) {
        return Message.newBuilder().setPutAllRequest(PutAllRequest.newBuilder().setRegionName(region)
                .addAllEntry(List.of(entries))).build();
    }

    public static Message getAll(String region, EncodedValue... keys) {
        return Message.newBuilder().setGetAllRequest(GetAllRequest.newBuilder().setRegionName(region)
                .addAllKey(List.of(keys))).build();
    }

    public static Message remove(String region, EncodedValue key) {
        return Message.newBuilder().setRemoveRequest(RemoveRequest.newBuilder().setRegionName(region).setKey(key))
                .build();
    }

    public static Message size(String region) {
        return Message.newBuilder().setGetSizeRequest(GetSizeRequest.newBuilder().setRegionName(region)).build();
    }

    public static Message keySet(String region) {
        return Message.newBuilder().setKeySetRequest(KeySetRequest.newBuilder().setRegionName(region)).build();
    }

    public static Message clear(String region) {
        return Message.newBuilder().setClearRequest(ClearRequest.newBuilder().setRegionName(region)).build();
    }

    public static Message regionNames() {
        return Message.newBuilder().setGetRegionNamesRequest(GetRegionNamesRequest.getDefaultInstance()).build();
    }

    public static Message disconnect(String reason) {
        return Message.newBuilder().setDisconnectClientRequest(DisconnectClientRequest.newBuilder().setReason(reason))
                .build();
    }

    /** A locator request for a server of {@code group} ("" for any) other than {@code excluded}. */
    public static Message getServer(String group, Server... excluded) {
        return Message.newBuilder().setGetServerRequest(GetServerRequest.newBuilder().setServerGroup(group)
                .addAllExcludedServers(List.of(excluded))).build();
    }

    public static Entry entry(EncodedValue key, EncodedValue value) {
        return Entry.newBuilder().setKey(key).setValue(value).build();
    }

    // ---- values

    public static EncodedValue string(String value) {
        return EncodedValue.newBuilder().setStringResult(value).build();
    }

    public static EncodedValue integer(int value) {
        return EncodedValue.newBuilder().setIntResult(value).build();
    }

    public static EncodedValue longValue(long value) {
        return EncodedValue.newBuilder().setLongResult(value).build();
    }

    /** A {@code shortResult}: the protocol carries it as an int32, the server keeps its low 16 bits. */
    public static EncodedValue shortValue(int value) {
        return EncodedValue.newBuilder().setShortResult(value).build();
    }

    /** A {@code byteResult}: the protocol carries it as an int32, the server keeps its low 8 bits. */
    public static EncodedValue byteValue(int value) {
        return EncodedValue.newBuilder().setByteResult(value).build();
    }

    public static EncodedValue bool(boolean value) {
        return EncodedValue.newBuilder().setBooleanResult(value).build();
    }

    public static EncodedValue doubleValue(double value) {
        return EncodedValue.newBuilder().setDoubleResult(value).build();
    }

    public static EncodedValue floatValue(float value) {
        return EncodedValue.newBuilder().setFloatResult(value).build();
    }

    public static EncodedValue json(String document) {
        return EncodedValue.newBuilder().setJsonObjectResult(document).build();
    }

    public static EncodedValue bytes(byte[] value) {
        return EncodedValue.newBuilder().setBinaryResult(ByteString.copyFrom(value)).build();
    }

    public static EncodedValue nullValue() {
        return EncodedValue.newBuilder().setNullResult(NullValue.NULL_VALUE).build();
    }
}
