#!/usr/bin/env bash
# Loader benchmark: generates projects of 1,000 and 5,000 services and prints, from one run,
# mixcompose's `config --format json` time (in-process loader + renderer, release build), Docker
# Compose v2's `config --format json` time, and a raw libyaml event parse of the same file, with ratios.
#
#   bench/loader.sh                 (reference from $MIXCOMPOSE_REFERENCE_COMPOSE or scripts/reference-compose)
#   SIZES="1000 5000 10000" bench/loader.sh
set -euo pipefail

readonly REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly WORK=${BENCH_DIR:-$(mktemp -d /tmp/mixcompose-bench.XXXXXX)}
readonly SIZES=${SIZES:-1000 5000}

# MIXCOMPOSE_REFERENCE_COMPOSE=none skips Docker Compose (its 5,000-service run takes minutes).
reference=${MIXCOMPOSE_REFERENCE_COMPOSE:-}
if [[ -z $reference && -x $REPO/scripts/reference-compose ]]; then
    reference=$("$REPO/scripts/reference-compose" 2>/dev/null || true)
fi
[[ -n $reference && -x $reference ]] || reference=

echo "building loader-bench (release)..." >&2
(cd "$REPO" && MIXCOMPOSE_CORE_ONLY=1 swift build -c release --scratch-path .build-bench --product loader-bench >&2)
readonly BENCH=$REPO/.build-bench/release/loader-bench

# shellcheck source=bench/timing.sh
source "$REPO/bench/timing.sh"

printf '%-9s %12s %12s %12s %10s %10s\n' services mixcompose compose libyaml "compose/x" "x/libyaml"
for size in $SIZES; do
    file=$WORK/s$size/compose.yaml
    python3 "$REPO/bench/generate.py" "$size" "$file"
    line=$("$BENCH" "$file" 3)
    ours=$(sed -E 's/.*config_seconds=([0-9.e-]+).*/\1/' <<<"$line")
    raw=$(sed -E 's/.*libyaml_seconds=([0-9.e-]+).*/\1/' <<<"$line")
    theirs=n/a
    if [[ -n $reference ]]; then
        start=$(now)
        (cd "$WORK/s$size" && "$reference" -f compose.yaml config --format json >/dev/null)
        theirs=$(printf '%.2fs' "$(echo "$(now) - $start" | bc -l)")
    fi
    if [[ $theirs == n/a ]]; then speedup=n/a; else speedup=$(printf '%.1f' "$(echo "${theirs%s} / $ours" | bc -l)"); fi
    overhead=$(printf '%.1f' "$(echo "$ours / $raw" | bc -l)")
    printf '%-9s %11.3fs %12s %11.4fs %10s %10s\n' "$size" "$ours" "$theirs" "$raw" "$speedup" "$overhead"
done
echo "(mixcompose: best of 3 in-process runs of load + render; compose: one run of the binary; libyaml: best of 3 event parses)"
