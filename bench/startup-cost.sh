#!/usr/bin/env bash
# Start-up cost: the bench module's StartupCostTimer (the content-boundary, attribution-cue and attribution-source
# models' reads, their CPU time and the heap each keeps, and the speakers' names pass over INPUT_DIR, cold and
# warm) in a fresh JVM per round with the launcher's options, so each round starts cold. Rounds follow each
# other, each under the machine's load of the moment (printed on stderr): compare figures of rounds run side by
# side, not across days.
#   bench/startup-cost.sh [INPUT_DIR] [ROUNDS]   (default: ../shared/data/corpus/polnear-train beside the
#                                                 repository, 3 rounds); writes bench/results/startup-cost.csv
# STARTUP_COST_CSV: another file to write instead.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
input="${1:-$root/../shared/data/corpus/polnear-train}"
rounds="${2:-3}"
csv="${STARTUP_COST_CSV:-$bench/results/startup-cost.csv}"
[ -d "$input" ] || { echo "startup-cost: input folder $input not found" >&2; exit 2; }
# The bench module and this checkout's pipeline in one reactor (bench/run.sh builds the same way).
echo "startup-cost: building (mvn -Pbench -pl bench -am package)..." >&2
mvn -B -q -f "$root/pom.xml" -Pbench -pl bench -am -DskipTests -Dbench.corenlp=false package >&2
bench_cp="$bench/target/quotestance-bench-0.1.0-SNAPSHOT.jar:$bench/target/lib/*"
# The launcher's JVM options (./quotestance), less its class archive, which only fits the launcher's class path.
java_opts=(-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
if grep -qsE '\[(madvise|always)\]' /sys/kernel/mm/transparent_hugepage/enabled; then
  java_opts+=(-XX:+UseTransparentHugePages)
fi
rm -f "$csv"
for ((r = 1; r <= rounds; r++)); do
  echo "startup-cost: round $r of $rounds, load $(cut -d' ' -f1 /proc/loadavg)" >&2
  java "${java_opts[@]}" -cp "$bench_cp" org.quotestance.bench.StartupCostTimer "$input" "$csv" "$r"
done
echo "startup-cost: wrote $csv" >&2
