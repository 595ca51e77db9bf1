package io.alder.geode;

import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.Message;
import io.alder.member.CallerId;
import java.util.concurrent.CompletableFuture;

/**
 * Routes the data requests of an authenticated connection (regions, queries, functions) to their handlers.
 * The answer is complete at once for requests served on the I/O thread; writes waiting for a lock, queries and
 * functions complete later. A failure, thrown or completed, becomes the client's {@code ErrorResponse}.
 */
final class GeodeRequests {

    private final RegionRequests regions;
    private final QueryRequests queries;
    private final FunctionRequests functions;

    GeodeRequests(RegionRequests regions, QueryRequests queries, FunctionRequests functions) {
        this.regions = regions;
        this.queries = queries;
        this.functions = functions;
    }

    CompletableFuture<Message> serve(Message request, CallerId caller) {
        return switch (request.getMessageTypeCase()) {
            case PUTREQUEST -> regions.put(request.getPutRequest().getRegionName(), request.getPutRequest().getEntry(),
                    caller);
            case PUTIFABSENTREQUEST -> regions.putIfAbsent(request.getPutIfAbsentRequest().getRegionName(),
                    request.getPutIfAbsentRequest().getEntry(), caller);
            case GETREQUEST -> now(regions.get(request.getGetRequest()));
            case GETALLREQUEST -> now(regions.getAll(request.getGetAllRequest()));
            case PUTALLREQUEST -> now(regions.putAll(request.getPutAllRequest()));
            case REMOVEREQUEST -> regions.remove(request.getRemoveRequest(), caller);
            case GETSIZEREQUEST -> now(regions.size(request.getGetSizeRequest().getRegionName()));
            case KEYSETREQUEST -> now(regions.keySet(request.getKeySetRequest().getRegionName()));
            case CLEARREQUEST -> now(regions.clear(request.getClearRequest().getRegionName()));
            case GETREGIONNAMESREQUEST -> now(regions.regionNames());
            case OQLQUERYREQUEST -> queries.query(request.getOqlQueryRequest());
            case EXECUTEFUNCTIONONREGIONREQUEST -> functions.onRegion(request.getExecuteFunctionOnRegionRequest(), caller);
            case EXECUTEFUNCTIONONMEMBERREQUEST -> functions.onMembers(request.getExecuteFunctionOnMemberRequest());
            case EXECUTEFUNCTIONONGROUPREQUEST -> functions.onGroups(request.getExecuteFunctionOnGroupRequest());
            default -> throw new GeodeException(ErrorCode.INVALID_REQUEST,
                    request.getMessageTypeCase() + " is not a request a client sends");
        };
    }

    private static CompletableFuture<Message> now(Message response) {
        return CompletableFuture.completedFuture(response);
    }
}
