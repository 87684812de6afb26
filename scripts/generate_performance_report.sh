#!/usr/bin/env bash
# Writes the performance report for people: one self-contained HTML page (verdict table and
# a chart of every benchmark's samples) comparing two benchmark result files.
#
# Usage: scripts/generate_performance_report.sh [BASELINE] [CURRENT] [OUTPUT]
#   BASELINE  (benchmark_results/baseline.txt)
#   CURRENT   (benchmark_results/current.txt)
#   OUTPUT    (benchmark_results/performance_report.html)
#
# Environment: BENCHQ, the benchq command (benchq); BENCH_IGNORE, configuration keys that
# differ between the runs on purpose and must not split the tables (e.g. "variant").
# A report is not a gate: this exits 0 whatever the verdict, 2 on errors.
set -euo pipefail

if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi

baseline="${1:-benchmark_results/baseline.txt}"
current="${2:-benchmark_results/current.txt}"
output="${3:-benchmark_results/performance_report.html}"
ignore=""
if [ -n "${BENCH_IGNORE:-}" ]; then
    ignore=" ignore ${BENCH_IGNORE}"
fi

status=0
"${BENCHQ:-benchq}" -D base="$baseline" -D head="$current" -D out="$output" -c "
base = load \"\$base\"
head = load \"\$head\"
compare base head${ignore} | threshold | report html \"\$out\" | filter .status:(regression OR improvement)
" || status=$?
if [ "$status" -ge 2 ]; then
    exit "$status"
fi
echo "generate_performance_report.sh: wrote $output" >&2
