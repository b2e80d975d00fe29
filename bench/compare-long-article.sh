#!/usr/bin/env bash
# Two builds side by side on the 2 MB one-line article (LongArticleTimer), interleaved round by round (A B A B ...)
# so that a change in the machine's load hits both alike. One CSV line per build, round and engine: the engine's
# wall and CPU seconds on the article, and the 1-minute load when the round started.
#   bench/compare-long-article.sh BEFORE_ROOT AFTER_ROOT [ROUNDS] > result.csv
# A root holds bench/target/{quotestance-bench-0.1.0-SNAPSHOT.jar,lib} as
# `mvn -Pbench -pl bench -am -DskipTests -Dbench.corenlp=false package` leaves them (see compare-builds.sh).
set -euo pipefail
usage="usage: bench/compare-long-article.sh BEFORE_ROOT AFTER_ROOT [ROUNDS]"
before="${1:?$usage}"
after="${2:?$usage}"
rounds="${3:-3}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "round,build,engine,chars,wall_s,cpu_s,load_avg_1min"
for ((r = 1; r <= rounds; r++)); do
  for build in before after; do
    root="$before"
    [ "$build" = after ] && root="$after"
    load=$(cut -d' ' -f1 /proc/loadavg)
    java -Xmx1g -cp "$root/bench/target/quotestance-bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*" \
      org.quotestance.bench.LongArticleTimer "$scratch/times.csv" > "$scratch/log" 2>&1 \
      || { cat "$scratch/log" >&2; exit 1; }
    tail -n +2 "$scratch/times.csv" | sed "s/^/$r,$build,/; s/\$/,$load/"
  done
done
