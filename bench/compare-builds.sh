#!/usr/bin/env bash
# Two builds side by side on a loaded machine: the README's main command, `ROOT/quotestance annotate INPUT_DIR
# --out ...` (every format, a cold JVM, the launcher's JVM options; QUOTESTANCE_JAVA_OPTS applies to both), from
# each build, interleaved round by round (A B A B ...) so that a change in the load hits both alike. One CSV line
# per build and round: annotate's wall and user + system CPU seconds and peak RSS (GNU time), the collector's
# pauses (count, total ms, from -Xlog:gc), and, when ENGINE is given, that engine's CPU and wall ms per document
# in EngineTimer (after its warm-up; several engines separated by ':' give one line each, the annotate figures
# repeated; ENGINE_JAVA_OPTS adds JVM options to EngineTimer's, e.g. the launcher's "-XX:TieredStopAtLevel=1
# -XX:+UseSerialGC" to time the engines as a user's run compiles them). CPU time is the figure to compare.
# At the end the two builds' last `annotate` output folders are compared (`diff -r`): the script fails if they
# differ.
#   bench/compare-builds.sh BEFORE_ROOT AFTER_ROOT INPUT_DIR [ROUNDS] [ENGINE]
# A root is a built checkout (run its launcher once first), or a copy of one holding the launcher
# (`quotestance`), seeds/ (it records its class archive on them), pipeline/target/{quotestance.jar,lib} and, for
# ENGINE, bench/target/{quotestance-bench-0.1.0-SNAPSHOT.jar,lib} as
# `mvn -Pbench -pl bench -am -DskipTests -Dbench.corenlp=false package` leaves them:
#   mkdir -p /tmp/before/{pipeline,bench}/target && cp -r quotestance seeds /tmp/before/ &&
#   cp -r pipeline/target/{quotestance.jar,lib} /tmp/before/pipeline/target/ &&
#   cp -r bench/target/{quotestance-bench-0.1.0-SNAPSHOT.jar,lib} /tmp/before/bench/target/
set -euo pipefail
usage="usage: bench/compare-builds.sh BEFORE_ROOT AFTER_ROOT INPUT_DIR [ROUNDS] [ENGINE]"
before="${1:?$usage}"
after="${2:?$usage}"
input="${3:?$usage}"
rounds="${4:-2}"
engine="${5:-}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "round,build,wall_s,cpu_s,peak_rss_mib,gc_pauses,gc_pause_ms,engine,engine_cpu_ms_per_doc,engine_ms_per_doc,load_avg_1min"
for ((r = 1; r <= rounds; r++)); do
  for build in before after; do
    root="$before"
    [ "$build" = after ] && root="$after"
    load=$(cut -d' ' -f1 /proc/loadavg)
    timed=","
    if [ -n "$engine" ]; then
      rm -rf "$scratch/work"
      # shellcheck disable=SC2086  # ENGINE_JAVA_OPTS is a list of options
      java -Xmx1g ${ENGINE_JAVA_OPTS:-} -cp "$root/bench/target/quotestance-bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*" \
        org.quotestance.bench.EngineTimer "$input" "$scratch/work" "$scratch/engines.csv" 100 > "$scratch/log" 2>&1 \
        || { cat "$scratch/log" >&2; exit 1; }
    fi
    out="$scratch/out-$build" # each build's last output is kept for the comparison at the end
    rm -rf "$out" "$scratch/gc.log"
    QUOTESTANCE_JAVA_OPTS="${QUOTESTANCE_JAVA_OPTS:-} -Xlog:gc:file=$scratch/gc.log" \
      /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" "$root/quotestance" annotate "$input" --out "$out" \
      --no-progress > "$scratch/log" 2>&1 || { cat "$scratch/log" >&2; exit 1; }
    read -r wall user sys rss_kib < "$scratch/time"
    # [1.144s][info][gc] GC(0) Pause Young (Allocation Failure) 100M->20M(365M) 82.062ms
    pauses=$(awk '/Pause/ { n++; sub(/ms$/, "", $NF); ms += $NF } END { printf "%d,%.0f", n, ms }' "$scratch/gc.log")
    IFS=: read -ra engines <<< "${engine:-}"
    [ ${#engines[@]} -eq 0 ] && engines=("")
    for one in "${engines[@]}"; do
      # engines.csv: engine,documents,total_ms,ms_per_doc,share,cpu_ms_per_doc
      if [ -n "$one" ]; then
        timed=$(awk -F, -v e="$one" '$1 == e { print $6 "," $4 }' "$scratch/engines.csv")
        [ -n "$timed" ] || { echo "compare-builds: no engine '$one' in EngineTimer's table" >&2; exit 1; }
      fi
      echo "$r,$build,$wall,$(echo "$user + $sys" | bc),$((rss_kib / 1024)),$pauses,$one,$timed,$load"
    done
  done
done
diff -r "$scratch/out-before" "$scratch/out-after" > "$scratch/diff" \
  || { echo "the two builds' annotate output folders differ:" >&2; head -50 "$scratch/diff" >&2; exit 1; }
echo "the two builds' annotate output folders are identical (diff -r)" >&2
