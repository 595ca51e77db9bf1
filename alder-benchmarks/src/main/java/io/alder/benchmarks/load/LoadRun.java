package io.alder.benchmarks.load;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IMap;
import com.hazelcast.core.LifecycleEvent.LifecycleState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One load run: connect, pre-fill, warm up, measure, stop. The measured window is bounded by two
 * snapshots of the latency recorder and of the server's CPU time, taken back to back.
 */
final class LoadRun {

    /** Calls still in flight at the end may take up to the client's invocation timeout. */
    private static final long DRAIN_TIMEOUT_MILLIS =
            TimeUnit.SECONDS.toMillis(BenchmarkClient.INVOCATION_TIMEOUT_SECONDS + 5);

    private final LoadSettings settings;

    LoadRun(LoadSettings settings) {
        this.settings = settings;
    }

    /** Runs the load and returns the measured window; throws {@link IllegalStateException} if it was aborted. */
    LoadResult execute() throws IOException, InterruptedException {
        ProcessCpu serverCpu = settings.serverPid().isPresent() ? ProcessCpu.of(settings.serverPid().getAsLong()) : null;
        HazelcastInstance client = HazelcastClient.newHazelcastClient(
                BenchmarkClient.config(settings.address(), settings.groupName()));
        try {
            IMap<Integer, byte[]> map = client.getMap(settings.mapName());
            Workload workload = new Workload(map, settings.keys(), settings.valueSize(), settings.getRatio());
            Prefill.run(workload, DRAIN_TIMEOUT_MILLIS);
            LoadRecorder recorder = new LoadRecorder();
            client.getLifecycleService().addLifecycleListener(event -> {
                if (event.getState() == LifecycleState.CLIENT_DISCONNECTED) {
                    recorder.abort("the client lost the member");
                }
            });
            List<Thread> workers = startWorkers(workload, recorder);
            try {
                return measure(recorder, serverCpu);
            } finally {
                recorder.stop();
                for (Thread worker : workers) {
                    worker.join(DRAIN_TIMEOUT_MILLIS);
                }
            }
        } finally {
            client.shutdown();
        }
    }

    private LoadResult measure(LoadRecorder recorder, ProcessCpu serverCpu) throws IOException, InterruptedException {
        if (recorder.runFor(settings.warmup())) {
            long cpuBefore = serverCpu == null ? 0 : serverCpu.micros();
            recorder.takeInterval();
            long errorsBefore = recorder.errorCount();
            long start = System.nanoTime();
            if (recorder.runFor(settings.duration())) {
                Histogram window = recorder.takeInterval();
                long end = System.nanoTime();
                long errors = recorder.errorCount() - errorsBefore;
                OptionalDouble cpuMicros = serverCpu == null
                        ? OptionalDouble.empty() : OptionalDouble.of(serverCpu.micros() - cpuBefore);
                return LoadResult.of(settings, window, errors, end - start, cpuMicros);
            }
        }
        throw new IllegalStateException("load run aborted: " + recorder.abortReason());
    }

    private List<Thread> startWorkers(Workload workload, LoadRecorder recorder) {
        List<Thread> workers = new ArrayList<>(settings.threads());
        for (int i = 0; i < settings.threads(); i++) {
            Runnable worker = settings.mode() == Mode.SYNC
                    ? new SyncWorker(workload, recorder)
                    : new AsyncWorker(workload, recorder, settings.depth(), DRAIN_TIMEOUT_MILLIS);
            Thread thread = new Thread(worker, "load-worker-" + i);
            thread.setDaemon(true);
            thread.start();
            workers.add(thread);
        }
        return workers;
    }
}
