#!/usr/bin/env bash
# Runs a Go module's benchmarks and writes their text to benchmark_results/current.txt.
#
# Usage: scripts/run_benchmarks.sh [full|quick]
#   full   every benchmark, 10 runs each of 1s (the numbers a regression gate needs)
#   quick  5 runs of 200ms: a fast look while working
#
# Environment (each optional):
#   BENCH_PACKAGES  packages to benchmark, space-separated      (./...)
#   BENCH_PATTERN   -bench regular expression                   (.)
#   BENCH_COUNT     runs per benchmark                          (10 full, 5 quick)
#   BENCH_TIME      -benchtime per run                          (1s full, 200ms quick)
#   BENCH_CPU       -cpu list, e.g. 1,2,4                       (unset: GOMAXPROCS)
#   BENCH_OUTPUT    where the results go                        (benchmark_results/current.txt)
#   GO              the go command                              (go)
#
# Ten runs per benchmark let the Mann-Whitney test behind `benchq ... | threshold` reach
# p <= 0.05 on real changes; fewer than four can never be significant.
set -euo pipefail

mode="${1:-full}"
case "$mode" in
    full) count="${BENCH_COUNT:-10}" benchtime="${BENCH_TIME:-1s}" ;;
    quick) count="${BENCH_COUNT:-5}" benchtime="${BENCH_TIME:-200ms}" ;;
    -h | --help)
        sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "run_benchmarks.sh: unknown mode '$mode' (use full or quick)" >&2
        exit 2
        ;;
esac

output="${BENCH_OUTPUT:-benchmark_results/current.txt}"
read -r -a packages <<<"${BENCH_PACKAGES:-./...}"
arguments=(test -run '^$' -bench "${BENCH_PATTERN:-.}" -benchmem -count "$count" -benchtime "$benchtime")
if [ -n "${BENCH_CPU:-}" ]; then
    arguments+=(-cpu "$BENCH_CPU")
fi

mkdir -p "$(dirname "$output")"
echo "run_benchmarks.sh: ${GO:-go} ${arguments[*]} ${packages[*]} > $output" >&2
# The text goes to the file as it is produced and to the terminal for whoever watches;
# pipefail keeps go's own failure as this script's status.
"${GO:-go}" "${arguments[@]}" "${packages[@]}" | tee "$output"
