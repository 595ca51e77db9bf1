package io.alder.geode;

import io.alder.geode.proto.v1.ClearResponse;
import io.alder.geode.proto.v1.EncodedValue;
import io.alder.geode.proto.v1.Entry;
import io.alder.geode.proto.v1.Error;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.GetAllRequest;
import io.alder.geode.proto.v1.GetAllResponse;
import io.alder.geode.proto.v1.GetRegionNamesResponse;
import io.alder.geode.proto.v1.GetRequest;
import io.alder.geode.proto.v1.GetResponse;
import io.alder.geode.proto.v1.GetSizeResponse;
import io.alder.geode.proto.v1.KeySetResponse;
import io.alder.geode.proto.v1.KeyedError;
import io.alder.geode.proto.v1.Message;
import io.alder.geode.proto.v1.PutAllRequest;
import io.alder.geode.proto.v1.PutAllResponse;
import io.alder.geode.proto.v1.PutIfAbsentResponse;
import io.alder.geode.proto.v1.PutResponse;
import io.alder.geode.proto.v1.RemoveRequest;
import io.alder.geode.proto.v1.RemoveResponse;
import io.alder.member.CallerId;
import io.alder.member.Completion;
import io.alder.member.map.MapService;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The region requests, served from the member's maps with the semantics a Geode client expects: a Get of
 * a missing key answers {@code nullResult}, a Remove of one succeeds, PutAll and GetAll report failing keys
 * one by one and serve the others. Writes wait, like a Hazelcast client's, while a Hazelcast client holds
 * the key's lock. Everything here runs on the connection's I/O thread and never blocks.
 */
final class RegionRequests {

    /** Map defaults: the entry keeps no time to live and no max idle of its own. */
    private static final long MAP_DEFAULT = -1;

    private final MapService maps;
    private final Regions regions;
    private final GeodeValues values;
    private final int partitionCount;

    RegionRequests(MapService maps, Regions regions, GeodeValues values, int partitionCount) {
        this.maps = maps;
        this.regions = regions;
        this.values = values;
        this.partitionCount = partitionCount;
    }

    CompletableFuture<Message> put(String regionName, Entry entry, CallerId caller) {
        Data key = key(entry.getKey());
        Data value = value(entry.getValue());
        String name = regions.forWrite(regionName);
        CompletableFuture<Message> answer = new CompletableFuture<>();
        maps.set(partition(key), name, key, value, MAP_DEFAULT, MAP_DEFAULT, caller, completion(answer,
                ignored -> Message.newBuilder().setPutResponse(PutResponse.getDefaultInstance()).build()));
        return answer;
    }

    CompletableFuture<Message> putIfAbsent(String regionName, Entry entry, CallerId caller) {
        Data key = key(entry.getKey());
        Data value = value(entry.getValue());
        String name = regions.forWrite(regionName);
        CompletableFuture<Message> answer = new CompletableFuture<>();
        maps.putIfAbsent(partition(key), name, key, value, MAP_DEFAULT, MAP_DEFAULT, caller, completion(answer,
                present -> Message.newBuilder().setPutIfAbsentResponse(PutIfAbsentResponse.newBuilder()
                        .setOldValue(values.toEncodedValue(present))).build()));
        return answer;
    }

    Message get(GetRequest request) {
        String name = regions.existing(request.getRegionName());
        Data key = key(request.getKey());
        Data value = maps.get(partition(key), name, key);
        return Message.newBuilder().setGetResponse(GetResponse.newBuilder().setResult(values.toEncodedValue(value)))
                .build();
    }

    Message getAll(GetAllRequest request) {
        String name = regions.existing(request.getRegionName());
        GetAllResponse.Builder response = GetAllResponse.newBuilder();
        for (EncodedValue encodedKey : request.getKeyList()) {
            try {
                Data key = key(encodedKey);
                EncodedValue value = values.toEncodedValue(maps.get(partition(key), name, key));
                response.addEntries(Entry.newBuilder().setKey(encodedKey).setValue(value));
            } catch (GeodeException e) {
                // As Geode, every per-key failure of a GetAll is a SERVER_ERROR.
                response.addFailures(keyedError(encodedKey, ErrorCode.SERVER_ERROR, e.getMessage()));
            }
        }
        return Message.newBuilder().setGetAllResponse(response).build();
    }

    /** Stores the entries that convert, partition by partition; the others are listed as failed keys. */
    Message putAll(PutAllRequest request) {
        PutAllResponse.Builder response = PutAllResponse.newBuilder();
        Map<Integer, List<Map.Entry<Data, Data>>> byPartition = new HashMap<>();
        for (Entry entry : request.getEntryList()) {
            try {
                Data key = key(entry.getKey());
                Data value = value(entry.getValue());
                byPartition.computeIfAbsent(partition(key), id -> new ArrayList<>())
                        .add(new SimpleImmutableEntry<>(key, value));
            } catch (GeodeException e) {
                response.addFailedKeys(keyedError(entry.getKey(), e.code(), e.getMessage()));
            }
        }
        // A PutAll that stores nothing creates no region.
        String name = byPartition.isEmpty() ? regions.forNothingWritten(request.getRegionName())
                : regions.forWrite(request.getRegionName());
        byPartition.forEach((partition, entries) -> maps.putAll(partition, name, entries));
        return Message.newBuilder().setPutAllResponse(response).build();
    }

    CompletableFuture<Message> remove(RemoveRequest request, CallerId caller) {
        String name = regions.existing(request.getRegionName());
        Data key = key(request.getKey());
        CompletableFuture<Message> answer = new CompletableFuture<>();
        // A remove rather than a delete, so that Hazelcast clients' listeners hear the removed value, as
        // listeners of a Geode region do.
        maps.remove(partition(key), name, key, caller, completion(answer,
                ignored -> Message.newBuilder().setRemoveResponse(RemoveResponse.getDefaultInstance()).build()));
        return answer;
    }

    Message size(String regionName) {
        String name = regions.existing(regionName);
        return Message.newBuilder().setGetSizeResponse(GetSizeResponse.newBuilder().setSize(maps.size(name))).build();
    }

    Message keySet(String regionName) {
        String name = regions.existing(regionName);
        KeySetResponse.Builder response = KeySetResponse.newBuilder();
        for (Data key : maps.keySet(name)) {
            response.addKeys(values.toEncodedValue(key));
        }
        return Message.newBuilder().setKeySetResponse(response).build();
    }

    Message clear(String regionName) {
        maps.clear(regions.existing(regionName));
        return Message.newBuilder().setClearResponse(ClearResponse.getDefaultInstance()).build();
    }

    Message regionNames() {
        return Message.newBuilder().setGetRegionNamesResponse(GetRegionNamesResponse.newBuilder()
                .addAllRegions(regions.paths())).build();
    }

    private Data key(EncodedValue key) {
        if (key.getValueCase() == EncodedValue.ValueCase.NULLRESULT) {
            throw new GeodeException(ErrorCode.INVALID_REQUEST, "A key must not be null");
        }
        return values.toData(key);
    }

    /** Alder's maps hold no null values (nor do 3.12's): a Geode client cannot create an invalid entry. */
    private Data value(EncodedValue value) {
        if (value.getValueCase() == EncodedValue.ValueCase.NULLRESULT) {
            throw new GeodeException(ErrorCode.INVALID_REQUEST,
                    "A value must not be null: Alder's regions hold no invalid entries; remove the key instead");
        }
        return values.toData(value);
    }

    private int partition(Data key) {
        return Partitions.partitionId(key, partitionCount);
    }

    private static KeyedError keyedError(EncodedValue key, ErrorCode code, String message) {
        return KeyedError.newBuilder().setKey(key)
                .setError(Error.newBuilder().setErrorCode(code).setMessage(message)).build();
    }

    private static <T> Completion<T> completion(CompletableFuture<Message> answer,
            Function<T, Message> response) {
        return new Completion<>() {
            @Override
            public void complete(T result) {
                try {
                    answer.complete(response.apply(result));
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            }

            @Override
            public void fail(Throwable error) {
                answer.completeExceptionally(error);
            }
        };
    }
}
