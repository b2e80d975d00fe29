#!/usr/bin/env bash
# Sizes (and, when playwright-core is installed by SiteBrowserTest, the load time in headless Chromium) of
# the Network and Timeline pages' data on a larger corpus: the BBC stories of ../shared/data/corpus/bbc,
# repeated REPEAT times (default 1: 2,225 documents; 9: 20,025), with a metadata.csv that gives each story
# its category as outlet and a date spread over two years (every tenth story without a date).
#   scripts/measure-site-views.sh [REPEAT] [WORK_DIR]      (from the repository root)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
repeat="${1:-1}"
work="${2:-$(mktemp -d)}"
bbc="${QUOTESTANCE_DATA:-$root/../shared/data}/corpus/bbc"
[ -d "$bbc" ] || { echo "no BBC corpus at $bbc (set QUOTESTANCE_DATA)" >&2; exit 2; }
in="$work/input" out="$work/corpus"
rm -rf "$in" "$out" && mkdir -p "$in"
echo "file,outlet,url,date,title,language" > "$in/metadata.csv"
i=0
for r in $(seq 1 "$repeat"); do
  for f in "$bbc"/*.txt; do
    name="r${r}_$(basename "$f")"
    ln -s "$f" "$in/$name"
    day=""
    if (( i % 10 != 9 )); then day="$(date -u -d "2004-01-01 + $(( (i * 37) % 730 )) days" +%F)"; fi
    echo "$name,BBC $(basename "$f" | cut -d_ -f1),,$day,,en" >> "$in/metadata.csv"
    i=$((i + 1))
  done
done
echo "documents: $i" >&2
start=$(date +%s)
"$root/quotestance" annotate "$in" --out "$out" --formats site,graph --no-progress >&2
echo "annotate --formats site,graph: $(( $(date +%s) - start )) s (annotation included; noisy on a shared machine)"
size() { du -b "$@" | awk '{ s += $1 } END { printf "%.0f KB", s / 1024 }'; }
echo "site/data.js (overview, documents): $(size "$out/site/data.js")"
echo "site/data/network.js: $(size "$out/site/data/network.js")"
echo "site/data/network-evidence-*.js: $(ls "$out"/site/data/network-evidence-*.js | wc -l) files, $(size "$out"/site/data/network-evidence-*.js)"
echo "site/data/timeline.js: $(size "$out/site/data/timeline.js")"
echo "graph/stance.graphml: $(grep -c '<node ' "$out/graph/stance.graphml") nodes, $(grep -c '<edge ' "$out/graph/stance.graphml") edges, $(size "$out/graph/stance.graphml")"
echo "graph/quotes.graphml: $(grep -c '<node ' "$out/graph/quotes.graphml") nodes, $(grep -c '<edge ' "$out/graph/quotes.graphml") edges, $(size "$out/graph/quotes.graphml")"
site_test="$root/pipeline/target/site-test"
if [ -d "$site_test/node_modules/playwright-core" ] && [ -x /usr/bin/chromium ]; then
  cp "$root/scripts/site-views-load-time.mjs" "$site_test/"
  (cd "$site_test" && node site-views-load-time.mjs "$out/site")
fi
