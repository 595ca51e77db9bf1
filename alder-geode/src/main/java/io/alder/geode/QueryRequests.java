package io.alder.geode;

import io.alder.geode.proto.v1.EncodedValue;
import io.alder.geode.proto.v1.EncodedValueList;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.Message;
import io.alder.geode.proto.v1.OQLQueryRequest;
import io.alder.geode.proto.v1.OQLQueryResponse;
import io.alder.geode.query.BadQueryException;
import io.alder.geode.query.OqlQuery;
import io.alder.geode.query.QueryResult;
import io.alder.member.map.MapService;
import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * OQL queries: parsed and checked on the I/O thread, run over a snapshot of the region's values on the
 * function threads (a scan of a large region must not hold up other connections). Results are a list, as
 * Geode answers {@code SELECT *} and {@code SELECT COUNT(*)}.
 */
final class QueryRequests {

    private final MapService maps;
    private final Regions regions;
    private final GeodeValues values;
    private final Executor executor;

    QueryRequests(MapService maps, Regions regions, GeodeValues values, Executor executor) {
        this.maps = maps;
        this.regions = regions;
        this.values = values;
        this.executor = executor;
    }

    CompletableFuture<Message> query(OQLQueryRequest request) {
        OqlQuery query;
        try {
            query = OqlQuery.parse(request.getQuery());
        } catch (BadQueryException e) {
            throw new GeodeException(ErrorCode.BAD_QUERY, e.getMessage());
        }
        String region = regions.existing(query.regionName());
        List<Object> parameters = new ArrayList<>();
        for (EncodedValue parameter : request.getBindParameterList()) {
            parameters.add(values.toObject(parameter));
        }
        return CompletableFuture.supplyAsync(() -> run(query, region, parameters), executor);
    }

    private Message run(OqlQuery query, String region, List<Object> parameters) {
        QueryResult<Data> result;
        try {
            result = query.execute(maps.values(region), values::toObject, parameters);
        } catch (BadQueryException e) {
            throw new CompletionException(new GeodeException(ErrorCode.BAD_QUERY, e.getMessage()));
        }
        EncodedValueList.Builder list = EncodedValueList.newBuilder();
        if (result instanceof QueryResult.Count<Data> count) {
            list.addElement(values.toEncodedValue(count.count()));
        } else if (result instanceof QueryResult.Rows<Data> rows) {
            for (Data row : rows.values()) {
                list.addElement(values.toEncodedValue(row));
            }
        }
        return Message.newBuilder().setOqlQueryResponse(OQLQueryResponse.newBuilder().setListResult(list)).build();
    }
}
