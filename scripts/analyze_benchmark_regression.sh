#!/usr/bin/env bash
# The regression gate: compares two benchmark result files with benchq and passes benchq's
# exit status through (0 no regression, 1 a regression, 2 an error), so CI fails the build
# exactly when a benchmark got significantly worse than its threshold.
#
# Usage: scripts/analyze_benchmark_regression.sh [BASELINE] [CURRENT]
#   BASELINE  results to compare against  (benchmark_results/baseline.txt)
#   CURRENT   results of the change       (benchmark_results/current.txt)
#
# Environment (each optional):
#   BENCHQ               the benchq command                   (benchq)
#   BENCHQ_GATE          the gate script                      (regression.benchq beside this
#                                                              script, else examples/regression.benchq)
#   BENCH_REPORT_DIR     where the reports go                 (benchmark_results)
#   SLACK_WEBHOOK_URL    a Slack incoming webhook; empty posts nothing
#
# Reports written: regression_report.md (for a PR comment), report.html, regression.json.
set -euo pipefail

if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
    sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi

baseline="${1:-benchmark_results/baseline.txt}"
current="${2:-benchmark_results/current.txt}"
out="${BENCH_REPORT_DIR:-benchmark_results}"
here="$(cd "$(dirname "$0")" && pwd)"
gate="${BENCHQ_GATE:-}"
if [ -z "$gate" ]; then
    for candidate in "$here/regression.benchq" "examples/regression.benchq" "$here/../examples/regression.benchq"; do
        if [ -f "$candidate" ]; then
            gate="$candidate"
            break
        fi
    done
fi
if [ -z "$gate" ] || [ ! -f "$gate" ]; then
    echo "analyze_benchmark_regression.sh: no gate script; set BENCHQ_GATE or copy regression.benchq beside this script" >&2
    exit 2
fi
for file in "$baseline" "$current"; do
    if [ ! -f "$file" ]; then
        echo "analyze_benchmark_regression.sh: $file does not exist (run scripts/run_benchmarks.sh first)" >&2
        exit 2
    fi
done

mkdir -p "$out"
status=0
"${BENCHQ:-benchq}" "$gate" -D base="$baseline" -D head="$current" -D out="$out" \
    -D webhook="${SLACK_WEBHOOK_URL:-}" || status=$?
case "$status" in
    0) echo "analyze_benchmark_regression.sh: no regression; reports in $out/" >&2 ;;
    1) echo "analyze_benchmark_regression.sh: REGRESSION; see $out/regression_report.md" >&2 ;;
    *) echo "analyze_benchmark_regression.sh: benchq failed (status $status)" >&2 ;;
esac
exit "$status"
