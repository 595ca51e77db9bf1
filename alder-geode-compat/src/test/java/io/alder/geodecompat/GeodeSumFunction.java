package io.alder.geodecompat;

import org.apache.geode.cache.Region;
import org.apache.geode.cache.execute.FunctionContext;
import org.apache.geode.cache.execute.RegionFunctionContext;

/**
 * The Geode server's {@value #ID} function: what Alder's example {@code sum} does on regions of whole numbers, so
 * that one assertion holds on both servers. On a region it returns one Long, the sum of the numeric values (of the
 * keys of the key filter, when there is one); without a region it fails with Alder's complaint, since Geode's
 * driver sends no arguments that could name the numbers.
 */
final class GeodeSumFunction implements org.apache.geode.cache.execute.Function<Object> {

    static final String ID = "sum";

    /** What Alder's function answers when it runs without a region and without a JSON array. */
    static final String NO_REGION = "sum runs on a region, or on members with a JSON array of numbers";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public boolean isHA() {
        // Not retried: like Alder's, the function runs once per request.
        return false;
    }

    @Override
    public void execute(FunctionContext<Object> context) {
        if (!(context instanceof RegionFunctionContext regionContext)) {
            throw new IllegalArgumentException(NO_REGION);
        }
        Region<Object, Object> region = regionContext.getDataSet();
        Iterable<?> keys = regionContext.getFilter() == null || regionContext.getFilter().isEmpty()
                ? region.keySet() : regionContext.getFilter();
        long sum = 0;
        for (Object key : keys) {
            if (region.get(key) instanceof Number number) {
                sum += number.longValue();
            }
        }
        context.getResultSender().lastResult(sum);
    }
}
