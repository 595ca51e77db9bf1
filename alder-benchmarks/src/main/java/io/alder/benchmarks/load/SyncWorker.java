package io.alder.benchmarks.load;

/** Issues blocking calls back to back until the run stops. */
final class SyncWorker implements Runnable {

    private final Workload workload;
    private final LoadRecorder recorder;

    SyncWorker(Workload workload, LoadRecorder recorder) {
        this.workload = workload;
        this.recorder = recorder;
    }

    @Override
    public void run() {
        while (recorder.running()) {
            long start = System.nanoTime();
            try {
                workload.callSync();
                recorder.success(start);
            } catch (RuntimeException e) {
                recorder.failure();
            }
        }
    }
}
