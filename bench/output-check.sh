#!/usr/bin/env bash
# Checks that a loader change alters no output: dumps `config` JSON, YAML and diagnostics for
# every fixture and corpus file (and a generated 1,000-service project) with the release
# loader-bench, then compares against a saved dump.
#
#   bench/output-check.sh save   /tmp/before.txt     (on the old build)
#   bench/output-check.sh compare /tmp/before.txt    (on the new build; exit 1 and a diff on change)
set -euo pipefail

readonly REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly MODE=${1:?usage: output-check.sh save|compare <file>}
readonly SAVED=${2:?usage: output-check.sh save|compare <file>}

(cd "$REPO" && MIXCOMPOSE_CORE_ONLY=1 swift build -c release --scratch-path .build-bench --product loader-bench >&2)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$REPO/bench/generate.py" 1000 "$work/generated/compose.yaml"
files=("$work/generated/compose.yaml")
while IFS= read -r file; do files+=("$file"); done < <(
    find "$REPO/Tests/ComposeModelTests/Fixtures" "$REPO/../shared/corpus" \( -name '*.yaml' -o -name '*.yml' \) \
        2>/dev/null | sort)
# Paths are normalised so that dumps from two checkouts (worktrees) compare equal.
"$REPO/.build-bench/release/loader-bench" --dump "${files[@]}" | sed -e "s|$work|<work>|g" -e "s|$REPO|<repo>|g" >"$work/dump.txt"
echo "dumped ${#files[@]} files" >&2
case $MODE in
    save) cp "$work/dump.txt" "$SAVED" ;;
    compare)
        if diff -u "$SAVED" "$work/dump.txt" >"$work/diff.txt"; then
            echo "output unchanged" >&2
        else
            head -60 "$work/diff.txt"
            echo "output changed ($(grep -c '^[-+][^-+]' "$work/diff.txt") lines differ)" >&2
            exit 1
        fi
        ;;
    *) echo "unknown mode $MODE" >&2; exit 2 ;;
esac
