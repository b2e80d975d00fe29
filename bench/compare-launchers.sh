#!/usr/bin/env bash
# The README's main command from two checkouts side by side on a loaded machine: `ROOT/quotestance annotate
# INPUT_DIR --out ...` (every format, a cold JVM, the launcher's JVM options) from each, interleaved round by
# round (A B A B ...) so that a change in the load hits both alike. One CSV line per checkout and round: wall
# and user + system CPU seconds and peak RSS (GNU time), and the collector's pauses (count, total ms) from
# -Xlog:gc. CPU time is the figure to compare. Each ROOT is a built checkout (run its launcher once first).
#   bench/compare-launchers.sh BEFORE_ROOT AFTER_ROOT INPUT_DIR [ROUNDS]
set -euo pipefail
usage="usage: bench/compare-launchers.sh BEFORE_ROOT AFTER_ROOT INPUT_DIR [ROUNDS]"
before="${1:?$usage}"
after="${2:?$usage}"
input="${3:?$usage}"
rounds="${4:-2}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "round,build,wall_s,cpu_s,peak_rss_mib,gc_pauses,gc_pause_ms,load_avg_1min"
for ((r = 1; r <= rounds; r++)); do
  for build in before after; do
    root="$before"
    [ "$build" = after ] && root="$after"
    load=$(cut -d' ' -f1 /proc/loadavg)
    rm -rf "$scratch/out" "$scratch/gc.log"
    QUOTESTANCE_JAVA_OPTS="${QUOTESTANCE_JAVA_OPTS:-} -Xlog:gc:file=$scratch/gc.log" \
      /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" "$root/quotestance" annotate "$input" --out "$scratch/out" \
      --no-progress > /dev/null 2>&1
    read -r wall user sys rss_kib < "$scratch/time"
    # [1.144s][info][gc] GC(0) Pause Young (Allocation Failure) 100M->20M(365M) 82.062ms
    pauses=$(awk '/Pause/ { n++; sub(/ms$/, "", $NF); ms += $NF } END { printf "%d,%.0f", n, ms }' "$scratch/gc.log")
    echo "$r,$build,$wall,$(echo "$user + $sys" | bc),$((rss_kib / 1024)),$pauses,$load"
  done
done
