#!/usr/bin/env bash
# Which JVM options should the launcher use? Runs `annotate` (every format, a cold JVM each) on one input
# folder under each candidate set of options, interleaved round by round (A B C A B C ...) so that a
# change in the machine's load hits every candidate alike, and prints one CSV line per run: wall time,
# user + system CPU time and peak RSS from GNU time. CPU time is the figure to compare on a loaded machine.
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
)
names="${JVM_OPTIONS_CANDIDATES:-c2-g1 c2-g1-cds c2-serial-cds c1-g1-cds c1-serial-cds c2late-serial-cds c1-serial-cds-sooner c1-serial-cds-later c1-serial-cds-young480m}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "round,options,docs,wall_s,cpu_s,peak_rss_mib,load_avg_1min"
docs=$(find "$input" -maxdepth 1 -name '*.txt' | wc -l)
for ((r = 1; r <= rounds; r++)); do
  for name in $names; do
    rm -rf "$scratch/out"
    load=$(cut -d' ' -f1 /proc/loadavg)
    # shellcheck disable=SC2086  # the candidate is a list of options
    /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" java ${candidates[$name]} -cp "$cp" \
      org.quotestance.cli.Main annotate "$input" --out "$scratch/out" --no-progress > /dev/null 2>&1
    read -r wall user sys rss < "$scratch/time"
    echo "$r,$name,$docs,$wall,$(echo "$user + $sys" | bc),$((rss / 1024)),$load"
  done
done
