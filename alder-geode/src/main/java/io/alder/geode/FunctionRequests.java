package io.alder.geode;

import io.alder.geode.function.FunctionContext;
import io.alder.geode.function.FunctionRegistry;
import io.alder.geode.function.MemberFunction;
import io.alder.geode.function.RegionView;
import io.alder.geode.proto.v1.EncodedValue;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.ExecuteFunctionOnGroupRequest;
import io.alder.geode.proto.v1.ExecuteFunctionOnGroupResponse;
import io.alder.geode.proto.v1.ExecuteFunctionOnMemberRequest;
import io.alder.geode.proto.v1.ExecuteFunctionOnMemberResponse;
import io.alder.geode.proto.v1.ExecuteFunctionOnRegionRequest;
import io.alder.geode.proto.v1.ExecuteFunctionOnRegionResponse;
import io.alder.geode.proto.v1.Message;
import io.alder.member.CallerId;
import io.alder.member.map.MapService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The function requests: the function is looked up and its target checked on the I/O thread, then it runs on
 * the function threads and its results are sent back. On a member of its own, "each named member" and "one
 * member of each group" are this member, so the function runs once.
 */
final class FunctionRequests {

    private final FunctionRegistry functions;
    private final Executor executor;
    private final MapService maps;
    private final Regions regions;
    private final GeodeValues values;
    private final int partitionCount;
    private final String memberName;
    private final Set<String> groups;

    FunctionRequests(FunctionRegistry functions, Executor executor, MapService maps, Regions regions,
            GeodeValues values, int partitionCount, String memberName, Set<String> groups) {
        this.functions = functions;
        this.executor = executor;
        this.maps = maps;
        this.regions = regions;
        this.values = values;
        this.partitionCount = partitionCount;
        this.memberName = memberName;
        this.groups = groups;
    }

    CompletableFuture<Message> onRegion(ExecuteFunctionOnRegionRequest request, CallerId caller) {
        MemberFunction function = function(request.getFunctionID());
        String region = regions.existing(request.getRegion());
        RegionView view = new MapRegionView(maps, values, partitionCount, region, caller);
        List<Object> keyFilter = new ArrayList<>();
        for (EncodedValue key : request.getKeyFilterList()) {
            keyFilter.add(values.toObject(key));
        }
        FunctionContext context = new FunctionContext(arguments(request.hasArguments(), request.getArguments()),
                Optional.of(view), keyFilter, memberName);
        return run(function, context).thenApply(results -> Message.newBuilder().setExecuteFunctionOnRegionResponse(
                ExecuteFunctionOnRegionResponse.newBuilder().addAllResults(results)).build());
    }

    CompletableFuture<Message> onMembers(ExecuteFunctionOnMemberRequest request) {
        MemberFunction function = function(request.getFunctionID());
        if (request.getMemberNameCount() == 0) {
            throw new GeodeException(ErrorCode.INVALID_REQUEST, "No member named to run " + function.id() + " on");
        }
        for (String name : request.getMemberNameList()) {
            if (!name.equals(memberName)) {
                throw new GeodeException(ErrorCode.SERVER_ERROR, "Member " + name + " not found (this cluster has: "
                        + memberName + ")");
            }
        }
        FunctionContext context = new FunctionContext(arguments(request.hasArguments(), request.getArguments()),
                Optional.empty(), List.of(), memberName);
        return run(function, context).thenApply(results -> Message.newBuilder().setExecuteFunctionOnMemberResponse(
                ExecuteFunctionOnMemberResponse.newBuilder().addAllResults(results)).build());
    }

    CompletableFuture<Message> onGroups(ExecuteFunctionOnGroupRequest request) {
        MemberFunction function = function(request.getFunctionID());
        if (request.getGroupNameCount() == 0) {
            throw new GeodeException(ErrorCode.INVALID_REQUEST, "No group named to run " + function.id() + " on");
        }
        for (String group : request.getGroupNameList()) {
            if (!groups.contains(group)) {
                throw new GeodeException(ErrorCode.SERVER_ERROR, "No member in group " + group);
            }
        }
        FunctionContext context = new FunctionContext(arguments(request.hasArguments(), request.getArguments()),
                Optional.empty(), List.of(), memberName);
        return run(function, context).thenApply(results -> Message.newBuilder().setExecuteFunctionOnGroupResponse(
                ExecuteFunctionOnGroupResponse.newBuilder().addAllResults(results)).build());
    }

    private MemberFunction function(String id) {
        return functions.find(id).orElseThrow(() -> new GeodeException(ErrorCode.SERVER_ERROR,
                "Function named " + id + " is not registered on this member"));
    }

    private Object arguments(boolean present, EncodedValue arguments) {
        return present ? values.toObject(arguments) : null;
    }

    private CompletableFuture<List<EncodedValue>> run(MemberFunction function, FunctionContext context) {
        return CompletableFuture.supplyAsync(() -> {
            List<Object> results;
            try {
                results = function.execute(context);
            } catch (GeodeException e) {
                throw e;
            } catch (Exception e) {
                throw new GeodeException(ErrorCode.SERVER_ERROR, "Function " + function.id() + " failed: " + e);
            }
            List<EncodedValue> encoded = new ArrayList<>();
            for (Object result : results == null ? List.of() : results) {
                encoded.add(values.toEncodedValue(result));
            }
            return encoded;
        }, executor);
    }
}
