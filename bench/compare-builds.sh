#!/usr/bin/env bash
# Two builds side by side on a loaded machine: runs EngineTimer and the launcher's `annotate` (every format, a
# cold JVM) from each, interleaved round by round (A B A B ...) so that a change in the load hits both alike, and
# prints one CSV line per build and round: one engine's CPU and wall ms per document (EngineTimer, after its
# warm-up) and annotate's wall and user + system CPU seconds (GNU time). CPU time is the figure to compare.
#   bench/compare-builds.sh BEFORE_ROOT AFTER_ROOT INPUT_DIR [ROUNDS] [ENGINE]
# A build root holds a copy of the launcher (`quotestance`) and of seeds/ (it records its class archive on them),
# pipeline/target/{quotestance.jar,lib} and bench/target/{quotestance-bench-0.1.0-SNAPSHOT.jar,lib}, as
# `mvn -Pbench -pl bench -am -DskipTests -Dbench.corenlp=false package` leaves them. At the end the two builds'
# last `annotate` output folders are compared (`diff -r`): the script fails if they differ.
#   mkdir -p /tmp/before/{pipeline,bench}/target && cp -r quotestance seeds /tmp/before/ &&
#   cp -r pipeline/target/{quotestance.jar,lib} /tmp/before/pipeline/target/ &&
#   cp -r bench/target/{quotestance-bench-0.1.0-SNAPSHOT.jar,lib} /tmp/before/bench/target/
set -euo pipefail
usage="usage: bench/compare-builds.sh BEFORE_ROOT AFTER_ROOT INPUT_DIR [ROUNDS] [ENGINE]"
before="${1:?$usage}"
after="${2:?$usage}"
input="${3:?$usage}"
rounds="${4:-2}"
engine="${5:-XmiCorpusWriter}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "round,build,engine,engine_cpu_ms_per_doc,engine_ms_per_doc,annotate_wall_s,annotate_cpu_s,load_avg_1min"
for ((r = 1; r <= rounds; r++)); do
  for build in before after; do
    root="$before"
    [ "$build" = after ] && root="$after"
    load=$(cut -d' ' -f1 /proc/loadavg)
    out="$scratch/out-$build" # each build's last output is kept for the comparison at the end
    rm -rf "$scratch/work" "$out"
    java -Xmx1g -cp "$root/bench/target/quotestance-bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*" \
      org.quotestance.bench.EngineTimer "$input" "$scratch/work" "$scratch/engines.csv" 100 > "$scratch/log" 2>&1 \
      || { cat "$scratch/log" >&2; exit 1; }
    # engine,documents,total_ms,ms_per_doc,share,cpu_ms_per_doc
    timed=$(awk -F, -v e="$engine" '$1 == e { print $6 "," $4 }' "$scratch/engines.csv")
    /usr/bin/time -f "%e %U %S" -o "$scratch/time" "$root/quotestance" annotate "$input" --out "$out" \
      --no-progress > "$scratch/log" 2>&1 || { cat "$scratch/log" >&2; exit 1; }
    read -r wall user sys < "$scratch/time"
    echo "$r,$build,$engine,$timed,$wall,$(echo "$user + $sys" | bc),$load"
  done
done
diff -r "$scratch/out-before" "$scratch/out-after" > "$scratch/diff" \
  || { echo "the two builds' annotate output folders differ:" >&2; head -50 "$scratch/diff" >&2; exit 1; }
echo "the two builds' annotate output folders are identical (diff -r)" >&2
