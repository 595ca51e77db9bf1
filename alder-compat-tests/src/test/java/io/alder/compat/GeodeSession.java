package io.alder.compat;

import io.alder.geode.proto.v1.EncodedValue;
import io.alder.geode.proto.v1.Entry;
import io.alder.geode.proto.v1.Message;
import io.alder.geode.proto.v1.Message.MessageTypeCase;
import io.alder.testsupport.geode.GeodeTestClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An authenticated Geode protobuf connection to a member, with one method per region request that returns
 * the answer's content and fails (with the member's error) on any answer but the request's own response.
 * {@link #client()} gives the raw connection for the scenarios that send and read separately.
 */
final class GeodeSession implements AutoCloseable {

    private final GeodeTestClient client;

    private GeodeSession(GeodeTestClient client) {
        this.client = client;
    }

    /** Connects to the member's main port and logs in with the suites' group name and password. */
    static GeodeSession open(ServerUnderTest server) {
        try {
            return new GeodeSession(GeodeTestClient.open(server.address(), ServerUnderTest.GROUP_NAME,
                    ServerUnderTest.GROUP_PASSWORD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The connection itself. */
    GeodeTestClient client() {
        return client;
    }

    void put(String region, EncodedValue key, EncodedValue value) {
        call(GeodeTestClient.put(region, key, value), MessageTypeCase.PUTRESPONSE);
    }

    EncodedValue get(String region, EncodedValue key) {
        return call(GeodeTestClient.get(region, key), MessageTypeCase.GETRESPONSE).getGetResponse().getResult();
    }

    /** Stores the entries; fails if the member reports any key as failed. */
    void putAll(String region, Map<EncodedValue, EncodedValue> entries) {
        List<Entry> request = entries.entrySet().stream()
                .map(entry -> GeodeTestClient.entry(entry.getKey(), entry.getValue())).toList();
        Message answer = call(GeodeTestClient.putAll(region, request), MessageTypeCase.PUTALLRESPONSE);
        if (answer.getPutAllResponse().getFailedKeysCount() > 0) {
            throw new AssertionError("PutAll failed for " + answer.getPutAllResponse().getFailedKeysList());
        }
    }

    /** The value of each key, in the order the member answered; fails if it reports any key as failed. */
    Map<EncodedValue, EncodedValue> getAll(String region, List<EncodedValue> keys) {
        Message answer = call(GeodeTestClient.getAll(region, keys), MessageTypeCase.GETALLRESPONSE);
        if (answer.getGetAllResponse().getFailuresCount() > 0) {
            throw new AssertionError("GetAll failed for " + answer.getGetAllResponse().getFailuresList());
        }
        Map<EncodedValue, EncodedValue> values = new LinkedHashMap<>();
        answer.getGetAllResponse().getEntriesList().forEach(entry -> values.put(entry.getKey(), entry.getValue()));
        return values;
    }

    void remove(String region, EncodedValue key) {
        call(GeodeTestClient.remove(region, key), MessageTypeCase.REMOVERESPONSE);
    }

    int size(String region) {
        return call(GeodeTestClient.size(region), MessageTypeCase.GETSIZERESPONSE).getGetSizeResponse().getSize();
    }

    List<EncodedValue> keySet(String region) {
        return call(GeodeTestClient.keySet(region), MessageTypeCase.KEYSETRESPONSE).getKeySetResponse().getKeysList();
    }

    void clear(String region) {
        call(GeodeTestClient.clear(region), MessageTypeCase.CLEARRESPONSE);
    }

    List<String> regionNames() {
        return call(GeodeTestClient.regionNames(), MessageTypeCase.GETREGIONNAMESRESPONSE)
                .getGetRegionNamesResponse().getRegionsList();
    }

    private Message call(Message request, MessageTypeCase expected) {
        Message answer;
        try {
            answer = client.call(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (answer.getMessageTypeCase() != expected) {
            throw new AssertionError(request.getMessageTypeCase() + " was answered with " + answer);
        }
        return answer;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
