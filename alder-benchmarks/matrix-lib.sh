# Shared by run-matrix.sh and run-client-matrix.sh (sourced, not run): settings, the build, member
# processes, one load generator run per cell, and the comparison table. See alder-benchmarks/README.md.
# The sourcing script sets HERE (this directory) and `set -euo pipefail` first.

REPO="$(dirname "$HERE")"

MEASURE_SECONDS="${MEASURE_SECONDS:-20}"
WARMUP_SECONDS="${WARMUP_SECONDS:-10}"
KEYS="${KEYS:-10000}"
VALUE_SIZE="${VALUE_SIZE:-100}"
SYNC_THREADS="${SYNC_THREADS:-16}"
ASYNC_THREADS="${ASYNC_THREADS:-1}"
ASYNC_DEPTH="${ASYNC_DEPTH:-64}"
OBJECTS="${OBJECTS:-16}"
STRUCTURES="${STRUCTURES:-map}"
PORT="${PORT:-15701}"
# The reference member wants these on JDK 17 (official-clients runbook); Alder gets the same flags so
# that both run in identically configured JVMs.
REFERENCE_FLAGS="--add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
--add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED \
--add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.management/sun.management=ALL-UNNAMED \
--add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED"
SERVER_JVM_FLAGS="${SERVER_JVM_FLAGS:--Xms2g -Xmx2g $REFERENCE_FLAGS}"
CLIENT_JVM_FLAGS="${CLIENT_JVM_FLAGS:--Xms1g -Xmx1g}"

ENVIRONMENT_HELP='Environment (defaults in brackets):
  MEASURE_SECONDS [20]  WARMUP_SECONDS [10]  KEYS [10000]  VALUE_SIZE [100]
  SYNC_THREADS [16]  ASYNC_THREADS [1]  ASYNC_DEPTH [64]  PORT [15701]
  OBJECTS [16]      queues, locks or counters of the structure scenarios
  STRUCTURES [map]  the same as --structures
  SERVER_JVM_FLAGS  [-Xms2g -Xmx2g + the reference member'"'"'s --add-opens flags]  (same for every member)
  CLIENT_JVM_FLAGS  [-Xms1g -Xmx1g]  (same for every client)
  MVN_ARGS          extra Maven arguments for the build, e.g. -o'

declare -A MEMBER_CLASS=(
    [alder]=io.alder.benchmarks.members.AlderMember
    [reference]=io.alder.benchmarks.members.ReferenceMember
)
KNOWN_CLIENTS=" official alder geode "

SYNC="sync ${SYNC_THREADS} 1"
ASYNC="async ${ASYNC_THREADS} ${ASYNC_DEPTH}"
# The scenarios of each structure, one per line: name, structure, mode, threads, depth, share of reads
# (map gets, queue polls, counter gets; ignored for locks). The queue and lock loads are synchronous only:
# the official 3.12 client has neither asynchronous queue nor lock calls. map-sync is the map's synchronous
# scenarios: the ones a Geode protobuf client (one request in flight per connection) can run.
declare -A STRUCTURE_SCENARIOS=(
    [map]="get100-sync${SYNC_THREADS} map $SYNC 1.0
put100-sync${SYNC_THREADS} map $SYNC 0.0
mix80-sync${SYNC_THREADS} map $SYNC 0.8
get100-async${ASYNC_DEPTH}x${ASYNC_THREADS} map $ASYNC 1.0
put100-async${ASYNC_DEPTH}x${ASYNC_THREADS} map $ASYNC 0.0
mix80-async${ASYNC_DEPTH}x${ASYNC_THREADS} map $ASYNC 0.8"
    [map-sync]="get100-sync${SYNC_THREADS} map $SYNC 1.0
put100-sync${SYNC_THREADS} map $SYNC 0.0
mix80-sync${SYNC_THREADS} map $SYNC 0.8"
    [queue]="queue-mix50-sync${SYNC_THREADS} queue $SYNC 0.5"
    [lock]="lock-sync${SYNC_THREADS} lock $SYNC 0.0"
    [atomic-long]="atomic-long-mix50-sync${SYNC_THREADS} atomic-long $SYNC 0.5
atomic-long-mix50-async${ASYNC_DEPTH}x${ASYNC_THREADS} atomic-long $ASYNC 0.5"
)

check_member() {
    [[ -n "${MEMBER_CLASS[$1]:-}" ]] || { echo "unknown member: $1 (expected: alder, reference)" >&2; exit 2; }
}

check_client() {
    [[ "$KNOWN_CLIENTS" == *" $1 "* ]] || { echo "unknown client: $1 (expected: official, alder, geode)" >&2; exit 2; }
}

# Sets SCENARIOS to the scenarios of the comma-separated structures in $1, in that order.
select_scenarios() {
    local structure structures
    IFS=',' read -r -a structures <<< "$1"
    SCENARIOS=()
    for structure in "${structures[@]}"; do
        [[ -n "${STRUCTURE_SCENARIOS[$structure]:-}" ]] \
            || { echo "unknown structure: $structure (expected: map, map-sync, queue, lock, atomic-long)" >&2; exit 2; }
        mapfile -t -O "${#SCENARIOS[@]}" SCENARIOS <<< "${STRUCTURE_SCENARIOS[$structure]}"
    done
}

# Builds unless $1 is 0, then sets CP and creates OUT, the run's directory, with an empty RESULTS file.
prepare_run() {
    if [[ "$1" -eq 1 ]]; then
        echo "building alder-benchmarks and the modules it needs ..." >&2
        # shellcheck disable=SC2086 # MVN_ARGS is a list of arguments
        (cd "$REPO" && mvn -B -q -pl alder-benchmarks -am package -DskipTests ${MVN_ARGS:-}) >&2
    fi
    local classpath_file="$HERE/target/runtime-classpath.txt"
    [[ -f "$classpath_file" ]] || { echo "missing $classpath_file: run without --skip-build" >&2; exit 1; }
    CP="$HERE/target/classes:$(cat "$classpath_file")"
    OUT="$HERE/target/matrix/$(date +%Y%m%d-%H%M%S)"
    mkdir -p "$OUT"
    RESULTS="$OUT/results.txt"
    : > "$RESULTS"
}

MEMBER_PID=""

port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

start_member() {
    local member="$1" log="$2"
    if port_open; then
        echo "port $PORT is already in use; stop whatever listens there or set PORT" >&2
        exit 1
    fi
    # shellcheck disable=SC2086 # the flags are a list of arguments
    java $SERVER_JVM_FLAGS -cp "$CP" "${MEMBER_CLASS[$member]}" --port "$PORT" > "$log" 2>&1 &
    MEMBER_PID=$!
    local deadline=$((SECONDS + 60))
    until port_open; do
        if ! kill -0 "$MEMBER_PID" 2>/dev/null || [[ $SECONDS -ge $deadline ]]; then
            echo "$member member did not come up on port $PORT; see $log" >&2
            stop_member
            return 1
        fi
        sleep 0.2
    done
}

stop_member() {
    [[ -n "$MEMBER_PID" ]] || return 0
    kill -TERM "$MEMBER_PID" 2>/dev/null || true
    local deadline=$((SECONDS + 30))
    while kill -0 "$MEMBER_PID" 2>/dev/null && [[ $SECONDS -lt $deadline ]]; do
        sleep 0.2
    done
    kill -KILL "$MEMBER_PID" 2>/dev/null || true
    wait "$MEMBER_PID" 2>/dev/null || true
    MEMBER_PID=""
}
trap stop_member EXIT
trap 'exit 130' INT TERM

# Runs one cell: a fresh member JVM, one load generator run against it through one client, the member
# stopped again. Appends "scenario column RESULT ..." (or "scenario column FAILED why") to RESULTS.
run_cell() {
    local scenario="$1" column="$2" member="$3" client="$4" structure="$5" mode="$6" threads="$7" depth="$8"
    local get_ratio="$9"
    local base="$OUT/$scenario.$column"
    # The load average shows whether something else competed for the CPUs during the run.
    echo "$(date +%T) $scenario: $client client, $member member (load average $(cut -d' ' -f1 /proc/loadavg)) ..." >&2
    if ! start_member "$member" "$base.member.log"; then
        echo "$scenario $column FAILED member-start" >> "$RESULTS"
        return
    fi
    # shellcheck disable=SC2086 # the flags are a list of arguments
    if java $CLIENT_JVM_FLAGS -cp "$CP" io.alder.benchmarks.load.LoadGenerator --client "$client" \
            --address "127.0.0.1:$PORT" --structure "$structure" --mode "$mode" --threads "$threads" \
            --depth "$depth" --keys "$KEYS" --objects "$OBJECTS" --value-size "$VALUE_SIZE" --get-ratio "$get_ratio" \
            --warmup "${WARMUP_SECONDS}s" --duration "${MEASURE_SECONDS}s" --server-pid "$MEMBER_PID" \
            > "$base.load.out" 2> "$base.load.err"; then
        echo "$scenario $column $(grep '^RESULT ' "$base.load.out")" >> "$RESULTS"
    else
        echo "$scenario $column FAILED $(grep '^load-generator:' "$base.load.err" | head -1)" >> "$RESULTS"
    fi
    stop_member
}

# Prints the given words in order for an even scenario index, reversed for an odd one: alternating which
# column goes first, so that slow drift on the machine does not favour either.
alternate() {
    local index="$1"
    shift
    local items=("$@")
    if (( index % 2 == 1 )); then
        for ((i = ${#items[@]} - 1; i >= 0; i--)); do printf '%s\n' "${items[i]}"; done
    else
        printf '%s\n' "${items[@]}"
    fi
}

# Reads RESULTS lines "scenario column RESULT k=v ..." (or "scenario column FAILED why") and prints one
# row per scenario comparing column A with column B: ops/s and their ratio (A / B: above 1 means A served
# more), latency percentiles in microseconds, and CPU microseconds per call of both processes with their
# ratios (A / B: below 1 means A spends less). The CPU group named by $5 (client or member) comes first.
# Arguments: results file, column A, column B, short name of B for the header, first CPU group.
print_table() {
    awk -v a="$2" -v b="$3" -v bname="$4" -v first="$5" '
        function num(v) { return (v == "" || v == "n/a") ? -1 : v + 0 }
        # Reads without creating: awk would otherwise add the element on first mention.
        function get(arr, c) { return ((c SUBSEP s) in arr) ? arr[c, s] : -1 }
        function ratio(x, y) { return (x > 0 && y > 0) ? sprintf("%.2f", x / y) : "-" }
        function ops(c) { return ((s SUBSEP c) in failed) ? "FAILED" : get(rate, c) >= 0 ? sprintf("%.0f", get(rate, c)) : "-" }
        function lat(c) { return get(rate, c) >= 0 ? sprintf("%.0f/%.0f/%.0f", get(p50, c), get(p99, c), get(p999, c)) : "-" }
        function cpuof(arr, c) { return get(arr, c) >= 0 ? sprintf("%.2f", get(arr, c)) : "-" }
        function cpugroup(arr) { return sprintf("%15s %15s %6s", cpuof(arr, a), cpuof(arr, b), ratio(get(arr, a), get(arr, b))) }
        function cpuheads(group, line) {
            return line == 1 ? sprintf("%15s %15s %6s", a " " group, bname " " group, "ratio") \
                             : sprintf("%15s %15s %6s", "cpu (us/op)", "cpu (us/op)", "")
        }
        function heads(line) {
            return first == "client" ? cpuheads("client", line) "  " cpuheads("member", line) \
                                     : cpuheads("member", line) "  " cpuheads("client", line)
        }
        {
            s = $1; c = $2
            if (!(s in seen)) { seen[s] = 1; order[++n] = s }
            if ($3 == "FAILED") { failed[s, c] = 1; notes = notes "note: " $0 "\n"; next }
            delete f
            for (i = 4; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
            rate[c, s] = num(f["opsPerSec"]); p50[c, s] = f["p50Us"]; p99[c, s] = f["p99Us"]; p999[c, s] = f["p999Us"]
            member[c, s] = num(f["serverCpuUsPerOp"]); client[c, s] = num(f["clientCpuUsPerOp"])
            if (f["errors"] + 0 > 0) { notes = notes "note: " c " had " f["errors"] " failed calls in " s "\n" }
        }
        END {
            width = 22
            for (k = 1; k <= n; k++) { if (length(order[k]) > width) width = length(order[k]) }
            fmt = "%-" width "s %14s %14s %6s  %-22s %-22s  %s"
            header = sprintf(fmt, "scenario", a " ops/s", bname " ops/s", "ratio", a " p50/p99/p99.9", bname " p50/p99/p99.9", heads(1))
            units = sprintf(fmt, "", "", "", "", "(us)", "(us)", heads(2))
            sub(/ +$/, "", units)
            printf "%s\n%s\n", header, units
            fmt = fmt "\n"
            for (k = 1; k <= n; k++) {
                s = order[k]
                cpus = first == "client" ? cpugroup(client) "  " cpugroup(member) : cpugroup(member) "  " cpugroup(client)
                printf fmt, s, ops(a), ops(b), ratio(get(rate, a), get(rate, b)), lat(a), lat(b), cpus
            }
            printf "%s", notes
        }' "$1"
}

# Runs every scenario once per column (in alternating order) and prints the table. Arguments: the columns;
# for each, CELL_MEMBER[column] and CELL_CLIENT[column] say what the cell runs. TABLE_ARGS holds
# print_table's arguments after the results file.
run_matrix() {
    local index=0 scenario_line scenario structure mode threads depth get_ratio column columns
    for scenario_line in "${SCENARIOS[@]}"; do
        read -r scenario structure mode threads depth get_ratio <<< "$scenario_line"
        mapfile -t columns < <(alternate "$index" "$@")
        for column in "${columns[@]}"; do
            run_cell "$scenario" "$column" "${CELL_MEMBER[$column]}" "${CELL_CLIENT[$column]}" \
                "$structure" "$mode" "$threads" "$depth" "$get_ratio"
        done
        index=$((index + 1))
    done
    print_table "$RESULTS" "${TABLE_ARGS[@]}" | tee "$OUT/table.txt"
    echo "raw RESULT lines: $RESULTS" >&2
}
