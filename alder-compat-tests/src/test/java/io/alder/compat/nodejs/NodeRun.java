package io.alder.compat.nodejs;

import java.time.Duration;

/**
 * How one {@code node} process ended.
 *
 * @param commandLine what was run
 * @param finished false if it was killed for taking too long
 * @param exitCode its exit code (the scripts use 0 passed, 1 failed, 2 a step got no answer, 3 usage)
 * @param elapsed how long it ran
 * @param output its standard output and error
 */
record NodeRun(String commandLine, boolean finished, int exitCode, Duration elapsed, String output) {

    /** Everything about the run, for logs and failure messages. */
    String transcript() {
        String ending = finished ? "exit code " + exitCode : "KILLED: still running, exit code " + exitCode;
        return "$ " + commandLine + "\n" + output + "(" + ending + " after " + elapsed.toMillis() + " ms)\n";
    }
}
