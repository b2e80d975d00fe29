#!/usr/bin/env bash
# Which JVM options should the launcher use? Runs `annotate` (every format, a cold JVM each) on one input
# folder under each candidate set of options, interleaved round by round (A B C A B C ...) so that a
# change in the machine's load hits every candidate alike, and prints one CSV line per run: wall time,
# user + system CPU time and peak RSS from GNU time, the collector's pauses (count, total ms, -Xlog:gc) and the
# JIT compilers' total compile time (-XX:+CITime). CPU time is the figure to compare on a loaded machine.
#   bench/jvm-options.sh INPUT_DIR [ROUNDS]      (after ./quotestance has built the tool and its archive)
# JVM_OPTIONS_CANDIDATES: the names of the candidates to run (default: all, in the order below).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="${1:?usage: bench/jvm-options.sh INPUT_DIR [ROUNDS]}"
rounds="${2:-2}"
cp="$root/pipeline/target/quotestance.jar:$root/pipeline/target/lib/*"
archive="$root/pipeline/target/quotestance.jsa"
[ -f "$archive" ] || { echo "jvm-options: run ./quotestance --version first (it makes $archive)" >&2; exit 2; }
cds="-Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile=$archive"
declare -A candidates=(
  [c2-g1]="-Xmx1g"
  [c2-g1-cds]="-Xmx1g $cds"
  [c2-serial-cds]="-Xmx1g $cds -XX:+UseSerialGC"
  [c1-g1-cds]="-Xmx1g $cds -XX:TieredStopAtLevel=1"
  [c1-serial-cds]="-Xmx1g $cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  # C2 only for the hottest methods: C1 (with profiling) until a method is called about seven times as often
  # as C2 normally waits for
  [c2late-serial-cds]="-Xmx1g $cds -XX:+UseSerialGC -XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=120000 -XX:Tier4BackEdgeThreshold=1000000"
  # C1 compiling at half and at twice the usual invocation counts
  [c1-serial-cds-sooner]="-Xmx1g $cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompileThresholdScaling=0.5"
  [c1-serial-cds-later]="-Xmx1g $cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompileThresholdScaling=2"
  # a young generation several times the default: fewer collections of the same live set
  [c1-serial-cds-young480m]="-Xmx1g $cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn480m"
  # a young generation of 256 MB in a heap committed at 512 MB from the start (the default: 132 of 378 MB)
  [c1-serial-cds-young256m]="-Xmx1g $cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms512m -Xmn256m"
  [c1-serial-cds-young384m]="-Xmx1g $cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms640m -Xmn384m"
  # the launcher's options where the kernel offers transparent huge pages: the heap in 2 MB pages, fewer TLB
  # misses in the large hash tables and arrays of the place index and the models
  [c1-serial-cds-thp]="-Xmx1g $cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+UseTransparentHugePages"
  # C1 inlining methods of up to 70 bytecodes instead of 35
  [c1-serial-cds-inline70]="-Xmx1g $cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:C1MaxInlineSize=70"
  [c1-parallel-cds]="-Xmx1g $cds -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
)
names="${JVM_OPTIONS_CANDIDATES:-c2-g1 c2-g1-cds c2-serial-cds c1-g1-cds c1-serial-cds c1-serial-cds-thp c2late-serial-cds c1-serial-cds-sooner c1-serial-cds-later c1-serial-cds-young480m}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "round,options,docs,wall_s,cpu_s,peak_rss_mib,gc_pauses,gc_pause_ms,compile_s,load_avg_1min"
docs=$(find "$input" -maxdepth 1 -name '*.txt' | wc -l)
for ((r = 1; r <= rounds; r++)); do
  for name in $names; do
    rm -rf "$scratch/out" "$scratch/gc.log"
    load=$(cut -d' ' -f1 /proc/loadavg)
    # shellcheck disable=SC2086  # the candidate is a list of options
    /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" java ${candidates[$name]} -Xlog:gc:file="$scratch/gc.log" \
      -XX:+CITime -cp "$cp" org.quotestance.cli.Main annotate "$input" --out "$scratch/out" --no-progress \
      > "$scratch/log" 2>&1 || { tail -5 "$scratch/log" >&2; exit 1; }
    read -r wall user sys rss < "$scratch/time"
    pauses=$(awk '/Pause/ { n++; sub(/ms$/, "", $NF); ms += $NF } END { printf "%d,%.0f", n, ms }' "$scratch/gc.log")
    compile=$(awk '/Total compilation time/ { print $(NF - 1) }' "$scratch/log")
    echo "$r,$name,$docs,$wall,$(echo "$user + $sys" | bc),$((rss / 1024)),$pauses,$compile,$load"
  done
done
