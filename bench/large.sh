#!/usr/bin/env bash
# Big projects in one run (issue 13): `up -d` then `down` of N flat services on ONE testbed daemon, and
# of a mixed project (N on each daemon), mixcompose against Docker Compose v2 (the Go binary from
# scripts/reference-compose) in the same run. Compose drives one daemon per run, so the mixed project
# is timed for Compose twice: one run per daemon one after the other (as a user would by hand), and
# both at once (the machine's limit: the two daemons share its CPUs).
#
#   eval "$(scripts/testbed env)"; bench/large.sh [N…]        (default: 150 300)
#
# MIXCOMPOSE: the binary to time (default .build/release/mixcompose, built when missing).
# Services are spread over networks of at most 200 containers: the testbed's pools hand out /24s.
set -euo pipefail

readonly REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly LINUX=${MIXCOMPOSE_TESTBED_LINUX_HOST:-unix:///run/mixcompose-testbed/linux.sock}
readonly WINDOWS=${MIXCOMPOSE_TESTBED_WINDOWS_HOST:-unix:///run/mixcompose-testbed/windows.sock}
readonly COMPOSE=${MIXCOMPOSE_REFERENCE_COMPOSE:-$("$REPO/scripts/reference-compose")}
MIXCOMPOSE=${MIXCOMPOSE:-$REPO/.build/release/mixcompose}
SIZES=("$@")
((${#SIZES[@]})) || SIZES=(150 300)
readonly SUFFIX=$$

if [[ ! -x $MIXCOMPOSE ]]; then
    (cd "$REPO" && swift build -c release --product mixcompose >&2)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# services N PLATFORM PREFIX: N independent busybox services on networks of <= 200 services each.
services() {
    local count=$1 platform=$2 prefix=$3 i
    for ((i = 0; i < count; i++)); do
        echo "  $prefix$i:"
        echo "    image: mixcompose-testbed/busybox:latest"
        echo "    command: [\"sleep\", \"3600\"]"
        echo "    init: true"
        if [[ -n $platform ]]; then echo "    platform: $platform"; fi
        echo "    networks: [n$((i / 200))]"
    done
}
# compose_file N [PLATFORM PREFIX]…: a project of those services and the networks they use.
compose_file() {
    local count=$1 i
    shift
    echo "services:"
    while (($#)); do services "$count" "$1" "$2"; shift 2; done
    echo "networks:"
    for ((i = 0; i <= (count - 1) / 200; i++)); do echo "  n$i: {}"; done
}

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
fail() { echo "bench: $1 failed:" >&2; tail -5 "$2" >&2; exit 1; }

# mixcompose on both daemons (the windows role a stand-in), Compose once per daemon.
mix() { "$MIXCOMPOSE" --linux-host "$LINUX" --windows-host "$WINDOWS" --windows-standin "$@"; }
comp() { local host=$1; shift; DOCKER_HOST=$host "$COMPOSE" "$@"; }

printf '%-34s %9s %9s %9s %9s\n' case "up -d (s)" "down (s)" "up ratio" "down ratio"
for n in "${SIZES[@]}"; do
    compose_file "$n" "" s >"$work/flat.yaml"
    t0=$(now); comp "$LINUX" -f "$work/flat.yaml" -p "bench-large-c$n-$SUFFIX" up -d >"$work/c.log" 2>&1 || fail "compose up $n" "$work/c.log"
    t1=$(now); comp "$LINUX" -f "$work/flat.yaml" -p "bench-large-c$n-$SUFFIX" down >"$work/c.log" 2>&1 || fail "compose down $n" "$work/c.log"
    t2=$(now); mix -f "$work/flat.yaml" -p "bench-large-m$n-$SUFFIX" up -d >"$work/m.log" 2>&1 || fail "mixcompose up $n" "$work/m.log"
    t3=$(now); mix -f "$work/flat.yaml" -p "bench-large-m$n-$SUFFIX" down >"$work/m.log" 2>&1 || fail "mixcompose down $n" "$work/m.log"
    t4=$(now)
    cu=$(seconds "$t0" "$t1") cd=$(seconds "$t1" "$t2") mu=$(seconds "$t2" "$t3") md=$(seconds "$t3" "$t4")
    printf '%-34s %9s %9s\n' "flat $n, one daemon: compose" "$cu" "$cd"
    printf '%-34s %9s %9s %9s %9s\n' "flat $n, one daemon: mixcompose" "$mu" "$md" "$(ratio "$mu" "$cu")" "$(ratio "$md" "$cd")"

    half=$((n / 2))
    compose_file "$half" "" l windows/amd64 w >"$work/mixed.yaml"
    # Each half alone for Compose, on its own daemon (the windows-role one is a Linux stand-in: no platform).
    compose_file "$half" "" w >"$work/win.yaml"
    compose_file "$half" "" l >"$work/lin.yaml"
    p="bench-large-x$n-$SUFFIX"
    t0=$(now)
    comp "$LINUX" -f "$work/lin.yaml" -p "$p-l" up -d >"$work/c.log" 2>&1 || fail "compose up linux half" "$work/c.log"
    comp "$WINDOWS" -f "$work/win.yaml" -p "$p-w" up -d >"$work/c.log" 2>&1 || fail "compose up windows half" "$work/c.log"
    t1=$(now)
    comp "$LINUX" -f "$work/lin.yaml" -p "$p-l" down >"$work/c.log" 2>&1 || fail "compose down linux half" "$work/c.log"
    comp "$WINDOWS" -f "$work/win.yaml" -p "$p-w" down >"$work/c.log" 2>&1 || fail "compose down windows half" "$work/c.log"
    t2=$(now)
    comp "$LINUX" -f "$work/lin.yaml" -p "$p-pl" up -d >"$work/c1.log" 2>&1 & a=$!
    comp "$WINDOWS" -f "$work/win.yaml" -p "$p-pw" up -d >"$work/c2.log" 2>&1 & b=$!
    wait $a || fail "compose up linux half (parallel)" "$work/c1.log"; wait $b || fail "compose up windows half (parallel)" "$work/c2.log"
    t3=$(now)
    comp "$LINUX" -f "$work/lin.yaml" -p "$p-pl" down >"$work/c1.log" 2>&1 & a=$!
    comp "$WINDOWS" -f "$work/win.yaml" -p "$p-pw" down >"$work/c2.log" 2>&1 & b=$!
    wait $a || fail "compose down linux half (parallel)" "$work/c1.log"; wait $b || fail "compose down windows half (parallel)" "$work/c2.log"
    t4=$(now)
    mix -f "$work/mixed.yaml" -p "$p-m" up -d >"$work/m.log" 2>&1 || fail "mixcompose up mixed" "$work/m.log"
    t5=$(now)
    mix -f "$work/mixed.yaml" -p "$p-m" down >"$work/m.log" 2>&1 || fail "mixcompose down mixed" "$work/m.log"
    t6=$(now)
    su=$(seconds "$t0" "$t1") sd=$(seconds "$t1" "$t2") pu=$(seconds "$t2" "$t3") pd=$(seconds "$t3" "$t4")
    mu=$(seconds "$t4" "$t5") md=$(seconds "$t5" "$t6")
    printf '%-34s %9s %9s\n' "mixed $half+$half: compose in turn" "$su" "$sd"
    printf '%-34s %9s %9s\n' "mixed $half+$half: compose at once" "$pu" "$pd"
    printf '%-34s %9s %9s %9s %9s\n' "mixed $half+$half: mixcompose" "$mu" "$md" "$(ratio "$mu" "$pu")" "$(ratio "$md" "$pd")"
done
echo "ratios: mixcompose / compose (for the mixed project, / compose on both daemons at once); goal <= 1"
