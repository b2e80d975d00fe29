#!/usr/bin/env bash
# Speed and memory benchmark: the README's main command (`./quotestance annotate DIR --out OUT`, all formats,
# a cold JVM per run, as a user runs it) against DKPro Core's own TextReader -> BreakIteratorSegmenter ->
# XmiWriter pipeline (the floor) on the same documents, and against Stanford CoreNLP.
#   bench/run.sh           full run (downloads CoreNLP 4.5.10 + models, ~480 MB, into ~/.m2); writes
#                          bench/results/ (CSV + bench.png, long-article.csv: the 2 MB one-line article)
#                          and the README's "Speed and memory" section
#   bench/run.sh --smoke   20 documents, quotestance and the floor only, results in bench/target/smoke/;
#                          fails when the printed ratio or peak heap is outside a sane range;
#                          exits 0 without running when the corpus (../shared) is absent (CI)
# Environment: BENCH_CORPUS (default ../shared/data/corpus/polnear-train beside the repository),
#              BENCH_MORE_CORPUS (default ../shared/data/corpus/bbc: its articles follow BENCH_CORPUS's),
#              BENCH_SIZES (default "100 840 5000"), BENCH_CORENLP_DOCS (default 100; 0 skips CoreNLP),
#              BENCH_REUSE_CORENLP=1 (keep the CoreNLP runs of the previous full run, rerun the rest).
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
smoke=false
[ "${1:-}" = "--smoke" ] && smoke=true
corpus="${BENCH_CORPUS:-$root/../shared/data/corpus/polnear-train}"
more_corpus="${BENCH_MORE_CORPUS:-$root/../shared/data/corpus/bbc}"
if [ ! -d "$corpus" ]; then
  if $smoke; then
    echo "bench: smoke run skipped: corpus $corpus is absent" >&2
    exit 0
  fi
  echo "bench: corpus $corpus not found (set BENCH_CORPUS)" >&2
  exit 2
fi
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

# 1. Build the tool and the bench module in one reactor (parent profile -Pbench), so the bench runs
#    this checkout's pipeline, not whatever SNAPSHOT another checkout installed into ~/.m2. When the
#    pipeline jar is newer than every source, the generated resources (gazetteer index, VADER lexicon)
#    are in place and their generators (exec plugin) are skipped.
jar="$root/pipeline/target/quotestance.jar"
stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root"/{typesystem,gazetteer,pipeline}/pom.xml \
          "$root"/{typesystem,gazetteer,pipeline}/src/main -newer "$jar" -print -quit 2>/dev/null)" ]
}
mvn_opts=(-B -q -f "$root/pom.xml" -Pbench -pl bench -am -DskipTests)
stale || mvn_opts+=(-Dexec.skip=true)
if $smoke || [ "${BENCH_CORENLP_DOCS:-100}" = 0 ]; then mvn_opts+=(-Dbench.corenlp=false); fi
echo "bench: building (mvn ${mvn_opts[*]} package)..." >&2
mvn "${mvn_opts[@]}" package >&2
bench_cp="$bench/target/quotestance-bench-0.1.0-SNAPSHOT.jar:$bench/target/lib/*"
"$root/quotestance" --version > /dev/null  # makes the launcher's class archive now, not in a measured run

if $smoke; then
  work="$bench/target/smoke"; results="$work/results"; sizes="0 20"; corenlp_docs=0; thread_counts="1"
else
  work="$bench/target/work"; results="$bench/results"; sizes="${BENCH_SIZES:-100 840 5000}"
  corenlp_docs="${BENCH_CORENLP_DOCS:-100}"; thread_counts="1 $(nproc)"
  sizes="0 0 $sizes"
fi
manifest="$work/manifest.csv"
# Earlier runs' outputs (tens of thousands of files) are moved aside and deleted only when the benchmark ends:
# deleted at its start, they make ext4 skip their just-freed inodes on every file the measured runs create
# (recently_deleted(), about 0.2 ms of system time per file on this machine), a cost of the benchmark's own
# housekeeping that falls on whichever runs come first.
trash="$(dirname "$work")/trash-$$"
trap 'rm -rf "$trash"' EXIT
discard() { mkdir -p "$trash" && for d in "$@"; do [ -e "$d" ] && mv "$d" "$trash/$(date +%s%N)"; done; return 0; }
if [ "${BENCH_REUSE_CORENLP:-0}" = 1 ] && ! $smoke && grep -q '^corenlp,' "$manifest" 2>/dev/null; then
  grep '^corenlp,' "$manifest" > "$work/corenlp-manifest.csv"
  mapfile -t old_runs < <(find "$work/runs" -mindepth 1 -maxdepth 1 ! -name 'corenlp-*')
  discard "${old_runs[@]}"
  mv "$work/corenlp-manifest.csv" "$manifest"
  reuse_corenlp=true
else
  discard "$work"; mkdir -p "$work/input" "$work/runs"; : > "$manifest"
  reuse_corenlp=false
fi
mkdir -p "$results"

# 3. Inputs: the first N articles of BENCH_CORPUS then BENCH_MORE_CORPUS; beyond them, renamed copies
#    (r1_..., r2_...) so ids stay unique.
mapfile -t files < <(find "$corpus" -maxdepth 1 -name '*.txt' | sort
                     [ -d "$more_corpus" ] && find "$more_corpus" -maxdepth 1 -name '*.txt' | sort)
make_input() {
  local n=$1 dir="$work/input/$1" i
  [ -d "$dir" ] && return
  mkdir -p "$dir"
  for ((i = 0; i < n; i++)); do
    local f="${files[$((i % ${#files[@]}))]}" k=$((i / ${#files[@]}))
    if [ "$k" -eq 0 ]; then cp "$f" "$dir/"; else cp "$f" "$dir/r${k}_$(basename "$f")"; fi
  done
}

# 4. One run = one JVM under /usr/bin/time -v with a GC log; the manifest line tells Report where to look.
measure() {  # tool config threads docs -- command...
  local tool=$1 config=$2 threads=$3 n=$4; shift 5
  local logs="$work/runs/$tool-$config-$threads-$n" out="$work/runs/$tool-$config-$threads-$n/out" rc=0
  discard "$logs"; mkdir -p "$logs"
  cut -d' ' -f1 /proc/loadavg > "$logs/loadavg.txt" 2>/dev/null || true
  sed -i "/^$tool,$config,$threads,$n,/d" "$manifest"
  echo "bench: $tool $config threads=$threads docs=$n" >&2
  local cmd=("$@")
  cmd=("${cmd[@]//@OUT@/$out}")
  cmd=("${cmd[@]//@GC@/-Xlog:gc,gc+heap+exit:file=$logs/gc.log}")
  /usr/bin/time -v -o "$logs/time.txt" "${cmd[@]}" > "$logs/stdout.txt" 2> "$logs/stderr.txt" || rc=$?
  [ "$rc" -eq 0 ] || { echo "bench: exit $rc, see $logs/stderr.txt" >&2; tail -3 "$logs/stderr.txt" >&2; }
  echo "$tool,$config,$threads,$n,$work/input/$n,$out,$logs,$rc" >> "$manifest"
}

# The 0-document runs measure start-up; each runs twice (the first warms the file cache) and the
# second is kept (Report takes the last run of a kind).
for n in $sizes; do
  make_input "$n"
  for t in $thread_counts; do  # the launcher with its own JVM options; the GC log option is appended
    measure ours annotate "$t" "$n" -- env QUOTESTANCE_JAVA_OPTS=@GC@ "$root/quotestance" \
      annotate "$work/input/$n" --out @OUT@ --threads "$t" --no-progress
  done
  # CoreNLP puts Xalan on the bench class path, and Xalan's serializer fails on DKPro's XmiWriter stream from the
  # third document ("Stream Closed"): the floor names the JDK's own transformer, the one a DKPro user gets by default
  measure floor segment-xmi 1 "$n" -- java -Xmx1g @GC@ \
    -Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl \
    -cp "$bench_cp" org.quotestance.bench.FloorPipeline \
    "$work/input/$n" @OUT@/xmi
done
if $smoke; then
  java -cp "$bench_cp" org.quotestance.bench.Report "$manifest" "$results"
else
  # A 2 MB one-line article (issue #17): each annotator's time on it, wall and CPU (target: 5 s in all).
  java -Xmx1g -cp "$bench_cp" org.quotestance.bench.LongArticleTimer "$results/long-article.csv"
  java -Xmx1g -cp "$bench_cp" org.quotestance.bench.EngineTimer "$corpus" "$work/engines" "$results/engines.csv" 100
  if [ "$corenlp_docs" -gt 0 ]; then
    make_input "$corenlp_docs"
    for config in ner quote; do
      $reuse_corenlp && break
      for n in 0 0 "$corenlp_docs"; do
        measure corenlp "$config" 1 "$n" -- java -Xmx8g @GC@ -cp "$bench_cp" org.quotestance.bench.CoreNlpRun \
          "$config" "$work/input/$n" @OUT@
      done
      cp "$work/runs/corenlp-$config-1-$corenlp_docs/out/corenlp-$config-timing.txt" "$results/" 2>/dev/null || true
    done
  fi
  java -cp "$bench_cp" org.quotestance.bench.Report "$manifest" "$results" "$root/README.md"
fi
