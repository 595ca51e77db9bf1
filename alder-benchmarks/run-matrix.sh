#!/usr/bin/env bash
# Runs the benchmark matrix against an Alder member and a reference 3.12.13 member, alternating between
# them cell by cell, and prints a comparison table. See alder-benchmarks/README.md.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: alder-benchmarks/run-matrix.sh [--quick] [--members alder,reference] [--skip-build]

  --quick            smoke run: 2 s warm-up and 3 s measurement per cell
  --members LIST     which members to run, comma-separated (default: alder,reference)
  --skip-build       reuse the last build (target/runtime-classpath.txt must exist)

Environment (defaults in brackets):
  MEASURE_SECONDS [20]  WARMUP_SECONDS [10]  KEYS [10000]  VALUE_SIZE [100]
  SYNC_THREADS [16]  ASYNC_THREADS [1]  ASYNC_DEPTH [64]  PORT [15701]
  SERVER_JVM_FLAGS  [-Xms2g -Xmx2g + the reference member's --add-opens flags]  (same for both members)
  CLIENT_JVM_FLAGS  [-Xms1g -Xmx1g]
  MVN_ARGS          extra Maven arguments for the build, e.g. -o
EOF
}

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$HERE")"

MEASURE_SECONDS="${MEASURE_SECONDS:-20}"
WARMUP_SECONDS="${WARMUP_SECONDS:-10}"
KEYS="${KEYS:-10000}"
VALUE_SIZE="${VALUE_SIZE:-100}"
SYNC_THREADS="${SYNC_THREADS:-16}"
ASYNC_THREADS="${ASYNC_THREADS:-1}"
ASYNC_DEPTH="${ASYNC_DEPTH:-64}"
PORT="${PORT:-15701}"
# The reference member wants these on JDK 17 (official-clients runbook); Alder gets the same flags so
# that both run in identically configured JVMs.
REFERENCE_FLAGS="--add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
--add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED \
--add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.management/sun.management=ALL-UNNAMED \
--add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED"
SERVER_JVM_FLAGS="${SERVER_JVM_FLAGS:--Xms2g -Xmx2g $REFERENCE_FLAGS}"
CLIENT_JVM_FLAGS="${CLIENT_JVM_FLAGS:--Xms1g -Xmx1g}"
MEMBERS="alder,reference"
BUILD=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) MEASURE_SECONDS=3; WARMUP_SECONDS=2 ;;
        --members) MEMBERS="${2:?--members needs a value}"; shift ;;
        --skip-build) BUILD=0 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

declare -A MAIN_CLASS=(
    [alder]=io.alder.benchmarks.members.AlderMember
    [reference]=io.alder.benchmarks.members.ReferenceMember
)
IFS=',' read -r -a MEMBER_LIST <<< "$MEMBERS"
for member in "${MEMBER_LIST[@]}"; do
    [[ -n "${MAIN_CLASS[$member]:-}" ]] || { echo "unknown member: $member (expected: alder, reference)" >&2; exit 2; }
done

# name, mode, threads, depth, get ratio
SCENARIOS=(
    "get100-sync${SYNC_THREADS} sync ${SYNC_THREADS} 1 1.0"
    "put100-sync${SYNC_THREADS} sync ${SYNC_THREADS} 1 0.0"
    "mix80-sync${SYNC_THREADS} sync ${SYNC_THREADS} 1 0.8"
    "get100-async${ASYNC_DEPTH}x${ASYNC_THREADS} async ${ASYNC_THREADS} ${ASYNC_DEPTH} 1.0"
    "put100-async${ASYNC_DEPTH}x${ASYNC_THREADS} async ${ASYNC_THREADS} ${ASYNC_DEPTH} 0.0"
    "mix80-async${ASYNC_DEPTH}x${ASYNC_THREADS} async ${ASYNC_THREADS} ${ASYNC_DEPTH} 0.8"
)

if [[ $BUILD -eq 1 ]]; then
    echo "building alder-benchmarks and the modules it needs ..." >&2
    # shellcheck disable=SC2086 # MVN_ARGS is a list of arguments
    (cd "$REPO" && mvn -B -q -pl alder-benchmarks -am package -DskipTests ${MVN_ARGS:-}) >&2
fi
CLASSPATH_FILE="$HERE/target/runtime-classpath.txt"
[[ -f "$CLASSPATH_FILE" ]] || { echo "missing $CLASSPATH_FILE: run without --skip-build" >&2; exit 1; }
CP="$HERE/target/classes:$(cat "$CLASSPATH_FILE")"

OUT="$HERE/target/matrix/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
RESULTS="$OUT/results.txt"
: > "$RESULTS"

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
    java $SERVER_JVM_FLAGS -cp "$CP" "${MAIN_CLASS[$member]}" --port "$PORT" > "$log" 2>&1 &
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

# Runs one cell: a fresh member JVM, one load generator run against it, the member stopped again.
run_cell() {
    local scenario="$1" mode="$2" threads="$3" depth="$4" get_ratio="$5" member="$6"
    local base="$OUT/$scenario.$member"
    echo "$(date +%T) $scenario on $member ..." >&2
    if ! start_member "$member" "$base.member.log"; then
        echo "$scenario $member FAILED member-start" >> "$RESULTS"
        return
    fi
    # shellcheck disable=SC2086 # the flags are a list of arguments
    if java $CLIENT_JVM_FLAGS -cp "$CP" io.alder.benchmarks.load.LoadGenerator \
            --address "127.0.0.1:$PORT" --mode "$mode" --threads "$threads" --depth "$depth" \
            --keys "$KEYS" --value-size "$VALUE_SIZE" --get-ratio "$get_ratio" \
            --warmup "${WARMUP_SECONDS}s" --duration "${MEASURE_SECONDS}s" --server-pid "$MEMBER_PID" \
            > "$base.load.out" 2> "$base.load.err"; then
        echo "$scenario $member $(grep '^RESULT ' "$base.load.out")" >> "$RESULTS"
    else
        echo "$scenario $member FAILED $(grep '^load-generator:' "$base.load.err" | head -1)" >> "$RESULTS"
    fi
    stop_member
}

# Reads "scenario member RESULT k=v ..." (or "scenario member FAILED why") lines and prints one row per
# scenario: ops/s and their ratio (Alder / reference: above 1 means Alder is faster), latency percentiles
# in microseconds, and server CPU microseconds per call and their ratio (below 1 means Alder is cheaper).
print_table() {
    awk '
        function num(v) { return (v == "" || v == "n/a") ? -1 : v + 0 }
        # Reads without creating: awk would otherwise add the element on first mention.
        function get(arr, m) { return ((m SUBSEP s) in arr) ? arr[m, s] : -1 }
        function ratio(a, b) { return (a > 0 && b > 0) ? sprintf("%.2f", a / b) : "-" }
        function ops(m) { return ((s SUBSEP m) in failed) ? "FAILED" : get(rate, m) >= 0 ? sprintf("%.0f", get(rate, m)) : "-" }
        function lat(m) { return get(rate, m) >= 0 ? sprintf("%.0f/%.0f/%.0f", get(p50, m), get(p99, m), get(p999, m)) : "-" }
        function cpuof(m) { return get(cpu, m) >= 0 ? sprintf("%.2f", get(cpu, m)) : "-" }
        {
            s = $1; m = $2
            if (!(s in seen)) { seen[s] = 1; order[++n] = s }
            if ($3 == "FAILED") { failed[s, m] = 1; notes = notes "note: " $0 "\n"; next }
            delete f
            for (i = 4; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
            rate[m, s] = num(f["opsPerSec"]); p50[m, s] = f["p50Us"]; p99[m, s] = f["p99Us"]; p999[m, s] = f["p999Us"]
            cpu[m, s] = num(f["serverCpuUsPerOp"])
            if (f["errors"] + 0 > 0) { notes = notes "note: " m " had " f["errors"] " failed calls in " s "\n" }
        }
        END {
            fmt = "%-22s %12s %12s %6s  %-20s %-20s %10s %10s %6s\n"
            printf fmt, "scenario", "alder ops/s", "ref ops/s", "ratio", "alder p50/p99/p99.9", "ref p50/p99/p99.9", \
                   "alder cpu", "ref cpu", "ratio"
            printf fmt, "", "", "", "", "(us)", "(us)", "(us/op)", "(us/op)", ""
            for (k = 1; k <= n; k++) {
                s = order[k]
                printf fmt, s, ops("alder"), ops("reference"), ratio(get(rate, "alder"), get(rate, "reference")), \
                       lat("alder"), lat("reference"), cpuof("alder"), cpuof("reference"), \
                       ratio(get(cpu, "alder"), get(cpu, "reference"))
            }
            printf "%s", notes
        }' "$1"
}

echo "matrix: ${#SCENARIOS[@]} scenarios x ${MEMBER_LIST[*]}, warm-up ${WARMUP_SECONDS}s, measure ${MEASURE_SECONDS}s," \
     "keys $KEYS, values ${VALUE_SIZE} B, $(nproc) CPUs shared by member and load generator; logs in $OUT" >&2
index=0
for scenario_line in "${SCENARIOS[@]}"; do
    read -r scenario mode threads depth get_ratio <<< "$scenario_line"
    # Alternate which member goes first, so that slow drift on the machine does not favour either.
    order=("${MEMBER_LIST[@]}")
    if (( index % 2 == 1 )); then
        order=()
        for ((i = ${#MEMBER_LIST[@]} - 1; i >= 0; i--)); do order+=("${MEMBER_LIST[i]}"); done
    fi
    for member in "${order[@]}"; do
        run_cell "$scenario" "$mode" "$threads" "$depth" "$get_ratio" "$member"
    done
    index=$((index + 1))
done

print_table "$RESULTS" | tee "$OUT/table.txt"
echo "raw RESULT lines: $RESULTS" >&2
