#!/usr/bin/env bash
# Scale benchmark: one `annotate` run over N documents (every output format) with the heap capped at 1 GiB,
# to show that memory does not grow with the corpus.
#   bench/scale.sh [N...]      default N: 20000; e.g. bench/scale.sh 20000 100000
# Input: the BBC and PolNeAR articles of ../shared/data/corpus/ (BENCH_SCALE_CORPORA), copied under
# subfolders r0/, r1/, ... until N documents (doc ids r1__business_001, ...), in /tmp (BENCH_SCALE_WORK).
# For each N it reports wall time, peak RSS (GNU time), the live heap (a full GC forced with
# `jcmd GC.run` every BENCH_SCALE_SAMPLE seconds, default 20, and the heap the GC log shows after it,
# beside the number of XMI files written by then), and, when Chromium and the SiteBrowserTest's
# playwright-core are present, how long the corpus browser takes to show its document list and to open a
# document. Writes bench/results/scale.csv, bench/results/scale-heap.csv and the README's scale section.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
sizes=("${@:-20000}")
work="${BENCH_SCALE_WORK:-/tmp/quotestance-scale}"
sample="${BENCH_SCALE_SAMPLE:-20}"
read -r -a corpora <<< "${BENCH_SCALE_CORPORA:-$root/../shared/data/corpus/bbc $root/../shared/data/corpus/polnear-train}"
results="$bench/results"
[ -x /usr/bin/time ] || { echo "scale: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v jcmd > /dev/null || { echo "scale: needs jcmd (a JDK)" >&2; exit 2; }
for c in "${corpora[@]}"; do [ -d "$c" ] || { echo "scale: corpus $c not found" >&2; exit 2; }; done

jar="$root/pipeline/target/quotestance.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/pom.xml" "$root"/{typesystem,gazetteer,pipeline}/pom.xml \
    "$root"/{typesystem,gazetteer,pipeline}/src/main -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "scale: building..." >&2
  mvn -B -q -f "$root/pom.xml" -pl pipeline -am -DskipTests install >&2
fi
mapfile -t files < <(for c in "${corpora[@]}"; do find "$c" -maxdepth 1 -name '*.txt'; done | sort)
mkdir -p "$results" "$work"
echo "docs,wall_s,docs_per_s,peak_rss_mb,live_heap_first_mib,live_heap_last_mib,live_heap_max_mib,site_list_s,site_doc_s,output_mb,load" \
  > "$results/scale.csv"
echo "docs,xmi_written,live_heap_mib" > "$results/scale-heap.csv"

make_input() {  # n: the first n of files, repeated under r0/, r1/, ...
  local n=$1 dir="$work/input-$1" i
  [ -f "$dir/.complete" ] && return
  rm -rf "$dir"
  for ((i = 0; i < n; i++)); do
    local k=$((i / ${#files[@]}))
    mkdir -p "$dir/r$k"
    cp "${files[$((i % ${#files[@]}))]}" "$dir/r$k/"
  done
  touch "$dir/.complete"   # hidden: the run skips it (and counts it as skipped)
}

for n in "${sizes[@]}"; do
  echo "scale: $n documents: preparing input..." >&2
  make_input "$n"
  out="$work/out-$n" logs="$work/logs-$n"
  rm -rf "$out" "$logs"; mkdir -p "$logs"
  load=$(cut -d' ' -f1 /proc/loadavg)
  echo "scale: $n documents: annotating (-Xmx1g)..." >&2
  /usr/bin/time -v -o "$logs/time.txt" java -Xmx1g "-Xlog:gc:file=$logs/gc.log" \
    -cp "$jar:$root/pipeline/target/lib/*" org.quotestance.cli.Main annotate "$work/input-$n" --out "$out" \
    --no-progress > "$logs/stdout.txt" 2> "$logs/stderr.txt" &
  timer=$!
  pid=""
  while kill -0 "$timer" 2> /dev/null; do
    sleep "$sample"
    [ -n "$pid" ] || pid=$(pgrep -P "$timer" java || true)
    [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null || continue
    # the run writes into the hidden sibling .out-N.unfinished and swaps it in at the end
    done_docs=$( (find "$work/.out-$n.unfinished/xmi" "$out/xmi" -maxdepth 1 -name '*.xmi' 2> /dev/null || true) | wc -l)
    jcmd "$pid" GC.run > /dev/null 2>&1 || continue
    sleep 1
    heap=$(grep 'Pause Full (Diagnostic Command)' "$logs/gc.log" | tail -1 | sed -E 's/.*->([0-9]+)M.*/\1/' || true)
    [ -n "$heap" ] && echo "$n,$done_docs,$heap" >> "$results/scale-heap.csv"
  done
  rc=0; wait "$timer" || rc=$?
  [ "$rc" -eq 0 ] || [ "$rc" -eq 1 ] || { echo "scale: annotate exited $rc, see $logs/stderr.txt" >&2; tail -5 "$logs/stderr.txt" >&2; exit 1; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$logs/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$logs/time.txt")
  heaps=$(awk -F, -v n="$n" '$1 == n { print $3 }' "$results/scale-heap.csv")
  first=$(echo "$heaps" | head -1); last=$(echo "$heaps" | tail -1); max=$(echo "$heaps" | sort -n | tail -1)
  annotated=$(grep -o '"documentsAnnotated" : [0-9]*' "$out/run-report.json" | grep -o '[0-9]*$')
  site_list="" site_doc=""
  playwright="$root/pipeline/target/site-test/node_modules/playwright-core"
  if [ -x /usr/bin/chromium ] && [ -d "$playwright" ] && command -v node > /dev/null; then
    echo "scale: $n documents: opening the corpus browser in Chromium..." >&2
    cp "$bench/site-open.mjs" "$root/pipeline/target/site-test/site-open.mjs"
    read -r site_list site_doc < <(cd "$root/pipeline/target/site-test" && node site-open.mjs "$out/site" /usr/bin/chromium) || true
  fi
  output=$(du -sm "$out" | cut -f1)
  rate=$(awk -v n="$annotated" -v s="$wall" 'BEGIN { printf "%.1f", n / s }')
  echo "$annotated,$wall,$rate,$rss,$first,$last,$max,$site_list,$site_doc,$output,$load" >> "$results/scale.csv"
  echo "scale: $annotated documents in ${wall}s ($rate docs/s), peak RSS ${rss} MB, live heap ${first}..${last} MiB (max $max)" >&2
done

# The README's scale section, between its markers, from the CSV files.
{
  echo "<!-- scale:start -->"
  echo "Generated by \`bench/scale.sh $*\` ($(date -u +%F), $(nproc) cores shared with other work, Java $(java -version 2>&1 | head -1 | grep -o '"[^"]*"' | tr -d '"')) — never edited by hand; \`bench/results/scale.csv\` and \`scale-heap.csv\` hold the figures."
  echo
  echo "| documents | wall s | docs/s | peak RSS MB | live heap MiB, first sample | last sample | max | browser: list shown s | a document shown s | output MB | load |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  tail -n +2 "$results/scale.csv" | awk -F, '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 }'
  echo
  echo "Live heap along the run (heap after a full GC forced every ${sample} s, against the XMI files written by then):"
  echo
  echo "| documents in the run | written | live heap MiB |"
  echo "|---:|---:|---:|"
  tail -n +2 "$results/scale-heap.csv" | awk -F, '{ printf "| %s | %s | %s |\n", $1, $2, $3 }'
  echo "<!-- scale:end -->"
} > "$work/section.md"
awk -v section="$work/section.md" '
  /<!-- scale:start -->/ { while ((getline line < section) > 0) print line; skip = 1; next }
  /<!-- scale:end -->/ { skip = 0; next }
  !skip { print }' "$root/README.md" > "$work/README.md"
grep -q '<!-- scale:start -->' "$root/README.md" && cp "$work/README.md" "$root/README.md"
echo "scale: results in $results/scale.csv; README section updated" >&2
