#!/usr/bin/env bash
# Runs the benchmark matrix against an Alder member and a reference 3.12.13 member, alternating between
# them cell by cell, and prints a comparison table. See alder-benchmarks/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=matrix-lib.sh
source "$HERE/matrix-lib.sh"

usage() {
    cat <<EOF
Usage: alder-benchmarks/run-matrix.sh [--quick] [--members alder,reference] [--client official] [--structures LIST] [--skip-build]

  --quick            smoke run: 2 s warm-up and 3 s measurement per cell
  --members LIST     which members to run, comma-separated (default: alder,reference)
  --client NAME      the Java client that drives both members: official or alder (default: official)
  --structures LIST  whose scenarios to run, comma-separated: map, queue, lock, atomic-long
                     (default: map, which is the matrix of map get/put mixes)
  --skip-build       reuse the last build (target/runtime-classpath.txt must exist)

$ENVIRONMENT_HELP
EOF
}

MEMBERS="alder,reference"
CLIENT="official"
BUILD=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) MEASURE_SECONDS=3; WARMUP_SECONDS=2 ;;
        --members) MEMBERS="${2:?--members needs a value}"; shift ;;
        --client) CLIENT="${2:?--client needs a value}"; shift ;;
        --structures) STRUCTURES="${2:?--structures needs a value}"; shift ;;
        --skip-build) BUILD=0 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

select_scenarios "$STRUCTURES"
check_client "$CLIENT"
IFS=',' read -r -a MEMBER_LIST <<< "$MEMBERS"
declare -A CELL_MEMBER CELL_CLIENT
for member in "${MEMBER_LIST[@]}"; do
    check_member "$member"
    CELL_MEMBER[$member]="$member"
    CELL_CLIENT[$member]="$CLIENT"
done

prepare_run "$BUILD"
echo "matrix: ${#SCENARIOS[@]} scenarios ($STRUCTURES) x ${MEMBER_LIST[*]} members, $CLIENT client, warm-up ${WARMUP_SECONDS}s," \
     "measure ${MEASURE_SECONDS}s, keys $KEYS, values ${VALUE_SIZE} B, $(nproc) CPUs shared by member and load" \
     "generator; logs in $OUT" >&2
TABLE_ARGS=(alder reference ref member)
run_matrix "${MEMBER_LIST[@]}"
