#!/usr/bin/env bash
# `up -d` and `down` of a 30-service dependency tree on ONE testbed daemon: mixcompose against Docker
# Compose v2 (MIXCOMPOSE_REFERENCE_COMPOSE) in the same run, alternating, several rounds; prints the
# median seconds of each and the ratio mixcompose / compose (goal: <= 1).
#
#   eval "$(scripts/testbed env)"
#   MIXCOMPOSE_REFERENCE_COMPOSE="$(scripts/reference-compose)" bench/up-down.sh [rounds]
#
# MIXCOMPOSE: the binary to time (default .build/release/mixcompose, built when missing).
# Every service uses `init: true` so stops are quick, as the testbed notes recommend.
set -euo pipefail

readonly REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROUNDS=${1:-3}
readonly HOST=${MIXCOMPOSE_TESTBED_LINUX_HOST:-unix:///run/mixcompose-testbed/linux.sock}
readonly COMPOSE=${MIXCOMPOSE_REFERENCE_COMPOSE:-$("$REPO/scripts/reference-compose")}
MIXCOMPOSE=${MIXCOMPOSE:-$REPO/.build/release/mixcompose}
readonly SERVICES=30
# Unique project names: a daemon that once failed to release a network must not spoil later runs.
readonly SUFFIX=$$

if [[ ! -x $MIXCOMPOSE ]]; then
    (cd "$REPO" && swift build -c release --product mixcompose >&2)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A binary tree: s0 is the root; s<i> depends on s<(i-1)/2>, five levels deep.
{
    echo "services:"
    for ((i = 0; i < SERVICES; i++)); do
        echo "  s$i:"
        echo "    image: mixcompose-testbed/busybox:latest"
        echo "    command: [\"sleep\", \"3600\"]"
        echo "    init: true"
        if ((i > 0)); then
            echo "    depends_on: [s$(((i - 1) / 2))]"
        fi
    done
} >"$work/compose.yaml"

# shellcheck source=bench/timing.sh
source "$REPO/bench/timing.sh"
fail() { echo "bench: $1 failed:" >&2; tail -5 "$work/log" >&2; exit 1; }

run_tool() { # name, command...; appends "up down" seconds to $work/<name>
    local name=$1
    shift
    local start middle end
    start=$(now)
    DOCKER_HOST=$HOST "$@" -f "$work/compose.yaml" -p "bench-$name-$SUFFIX" up -d >"$work/log" 2>&1 || fail "$name up"
    middle=$(now)
    DOCKER_HOST=$HOST "$@" -f "$work/compose.yaml" -p "bench-$name-$SUFFIX" down >"$work/log" 2>&1 || fail "$name down"
    end=$(now)
    echo "$(elapsed "$start" "$middle") $(elapsed "$middle" "$end")" >>"$work/$name"
}

for ((round = 1; round <= ROUNDS; round++)); do
    run_tool compose "$COMPOSE"
    run_tool mixcompose "$MIXCOMPOSE"
done

printf '%-12s %10s %10s\n' tool "up -d (s)" "down (s)"
for name in compose mixcompose; do
    up=$(cut -d' ' -f1 "$work/$name" | median)
    down=$(cut -d' ' -f2 "$work/$name" | median)
    printf '%-12s %10.2f %10.2f\n' "$name" "$up" "$down"
    eval "${name}_up=$up ${name}_down=$down"
done
echo "ratio (mixcompose / compose): up $(ratio "$mixcompose_up" "$compose_up"), down $(ratio "$mixcompose_down" "$compose_down")  ($SERVICES services, $ROUNDS rounds, medians)"
