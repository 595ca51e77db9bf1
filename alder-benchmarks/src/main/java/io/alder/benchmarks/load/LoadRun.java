package io.alder.benchmarks.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One load run: connect, open the structure and pre-fill it, warm up, measure, stop. The measured window
 * is bounded by two snapshots of the latency recorder and of the server's and this process's CPU time,
 * taken back to back.
 *
 * <p>The client's CPU time is this whole process's, read from {@code /proc/self/stat} like the server's
 * from {@code /proc/<pid>/stat}: the same source, accounting (every thread, garbage collection and JIT
 * included) and 10 ms tick resolution on both sides, so the two figures compare directly. It includes the
 * load generator's own work (workers, latency recording), which is the same whichever client runs.
 */
final class LoadRun {

    /** Calls still in flight at the end may take up to the client's invocation timeout. */
    private static final long DRAIN_TIMEOUT_MILLIS =
            TimeUnit.SECONDS.toMillis(LoadClient.INVOCATION_TIMEOUT_SECONDS + 5);

    private final LoadSettings settings;

    LoadRun(LoadSettings settings) {
        this.settings = settings;
    }

    /** Runs the load and returns the measured window; throws {@link IllegalStateException} if it was aborted. */
    LoadResult execute() throws IOException, InterruptedException {
        ProcessCpu serverCpu = settings.serverPid().isPresent() ? ProcessCpu.of(settings.serverPid().getAsLong()) : null;
        ProcessCpu clientCpu = ProcessCpu.of(ProcessHandle.current().pid());
        try (LoadClient client = settings.client().connect(settings)) {
            Workload workload = settings.structure().open(client, settings);
            workload.prepare(DRAIN_TIMEOUT_MILLIS);
            LoadRecorder recorder = new LoadRecorder();
            client.onMemberLost(() -> recorder.abort("the client lost the member"));
            List<Thread> workers = startWorkers(workload, recorder);
            try {
                return measure(recorder, serverCpu, clientCpu);
            } finally {
                recorder.stop();
                for (Thread worker : workers) {
                    worker.join(DRAIN_TIMEOUT_MILLIS);
                }
            }
        }
    }

    private LoadResult measure(LoadRecorder recorder, ProcessCpu serverCpu, ProcessCpu clientCpu)
            throws IOException, InterruptedException {
        if (recorder.runFor(settings.warmup())) {
            long cpuBefore = serverCpu == null ? 0 : serverCpu.micros();
            long clientCpuBefore = clientCpu.micros();
            recorder.takeInterval();
            long errorsBefore = recorder.errorCount();
            long start = System.nanoTime();
            if (recorder.runFor(settings.duration())) {
                Histogram window = recorder.takeInterval();
                long end = System.nanoTime();
                long errors = recorder.errorCount() - errorsBefore;
                OptionalDouble cpuMicros = serverCpu == null
                        ? OptionalDouble.empty() : OptionalDouble.of(serverCpu.micros() - cpuBefore);
                OptionalDouble clientCpuMicros = OptionalDouble.of(clientCpu.micros() - clientCpuBefore);
                return LoadResult.of(settings, window, errors, end - start, cpuMicros, clientCpuMicros);
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
