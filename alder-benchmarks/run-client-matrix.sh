#!/usr/bin/env bash
# Runs the benchmark matrix with Alder's Java client and with the official 3.12.13 Java client against
# the same kind of member (a fresh member JVM per cell), alternating between the clients cell by cell,
# and prints a comparison table. See alder-benchmarks/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=matrix-lib.sh
source "$HERE/matrix-lib.sh"

usage() {
    cat <<EOF
Usage: alder-benchmarks/run-client-matrix.sh [--quick] [--clients alder,official] [--member alder] [--structures LIST] [--skip-build]

  --quick            smoke run: 2 s warm-up and 3 s measurement per cell
  --clients LIST     which clients to run, comma-separated: alder, official, geode; the first is compared
                     with the second (default: alder,official). geode drives the member's Geode protobuf
                     endpoint (Alder members only, with --structures map-sync)
  --member NAME      the member both clients drive: alder or reference (default: alder)
  --structures LIST  whose scenarios to run, comma-separated: map, map-sync, queue, lock, atomic-long
                     (default: map, which is the matrix of map get/put mixes)
  --skip-build       reuse the last build (target/runtime-classpath.txt must exist)

$ENVIRONMENT_HELP
EOF
}

CLIENTS="alder,official"
MEMBER="alder"
BUILD=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) MEASURE_SECONDS=3; WARMUP_SECONDS=2 ;;
        --clients) CLIENTS="${2:?--clients needs a value}"; shift ;;
        --member) MEMBER="${2:?--member needs a value}"; shift ;;
        --structures) STRUCTURES="${2:?--structures needs a value}"; shift ;;
        --skip-build) BUILD=0 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

select_scenarios "$STRUCTURES"
check_member "$MEMBER"
IFS=',' read -r -a CLIENT_LIST <<< "$CLIENTS"
declare -A CELL_MEMBER CELL_CLIENT
for client in "${CLIENT_LIST[@]}"; do
    check_client "$client"
    CELL_MEMBER[$client]="$MEMBER"
    CELL_CLIENT[$client]="$client"
done

prepare_run "$BUILD"
echo "client matrix: ${#SCENARIOS[@]} scenarios ($STRUCTURES) x ${CLIENT_LIST[*]} clients, $MEMBER member, warm-up" \
     "${WARMUP_SECONDS}s, measure ${MEASURE_SECONDS}s, keys $KEYS, values ${VALUE_SIZE} B, $(nproc) CPUs shared" \
     "by member and load generator; logs in $OUT" >&2
TABLE_ARGS=("${CLIENT_LIST[0]}" "${CLIENT_LIST[1]:-official}" "${CLIENT_LIST[1]:-official}" client)
run_matrix "${CLIENT_LIST[@]}"
