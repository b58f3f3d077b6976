#!/usr/bin/env bash
# Big projects in one run (issue 13): `up -d` then `down` of N flat services on ONE testbed daemon, and
# of a mixed project (N on each daemon), mixcompose against Docker Compose v2 (the Go binary from
# scripts/reference-compose) in the same run. Compose drives one daemon per run, so the mixed project
# is timed for Compose twice: one run per daemon one after the other (as a user would by hand), and
# both at once (the machine's limit: the two daemons share its CPUs).
#
#   eval "$(scripts/testbed env)"; [ROUNDS=3] [CASES="flat mixed"] bench/large.sh [N…]        (default: 150 300)
#
# Each case runs ROUNDS times, the tools alternating (and swapping places every other round); the table
# prints medians and their ratios. CASES=mixed times the mixed project only.
# MIXCOMPOSE: the binary to time (default .build/release/mixcompose, built when missing).
# Services are spread over networks of at most 200 containers: the testbed's pools hand out /24s.
set -euo pipefail

readonly REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly LINUX=${MIXCOMPOSE_TESTBED_LINUX_HOST:-unix:///run/mixcompose-testbed/linux.sock}
readonly WINDOWS=${MIXCOMPOSE_TESTBED_WINDOWS_HOST:-unix:///run/mixcompose-testbed/windows.sock}
readonly COMPOSE=${MIXCOMPOSE_REFERENCE_COMPOSE:-$("$REPO/scripts/reference-compose")}
MIXCOMPOSE=${MIXCOMPOSE:-$REPO/.build/release/mixcompose}
SIZES=("$@")
readonly ROUNDS=${ROUNDS:-3}
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

# shellcheck source=bench/timing.sh
source "$REPO/bench/timing.sh"
fail() { echo "bench: $1 failed:" >&2; tail -5 "$2" >&2; exit 1; }
# A down whose only failure is a network the daemon still counts endpoints on (dockerd 20.10 leaks the
# count after many concurrent removals; Compose and mixcompose both meet it) has done its work: the round
# counts and the network is left behind; anything else fails the run.
down_failed() {
    grep -qE "has active endpoints|still counts endpoints" "$2" || fail "$1" "$2"
    echo "bench: $1: the daemon kept endpoints on a removed project's network (its endpoint-count leak); the round counts" >&2
}

# mixcompose on both daemons (the windows role a stand-in), Compose once per daemon.
mix() { "$MIXCOMPOSE" --linux-host "$LINUX" --windows-host "$WINDOWS" --windows-standin "$@"; }
comp() { local host=$1; shift; DOCKER_HOST=$host "$COMPOSE" "$@"; }

# record CASE START MIDDLE END: appends "up down" seconds of one round to $work/CASE.
# Each round is also printed to stderr as it ends, so a run that fails later still shows what it measured.
record() {
    echo "$(elapsed "$2" "$3") $(elapsed "$3" "$4")" >>"$work/$1"
    echo "$1: up $(elapsed "$2" "$3") s, down $(elapsed "$3" "$4") s" >&2
}
# up_down NAME TOOL HOST FILE PROJECT: `up -d` then `down` with Compose (TOOL=comp, on HOST) or mixcompose.
up_down() {
    local name=$1 tool=$2 host=$3 file=$4 project=$5 a b c
    local run=(mix)
    if [[ $tool == comp ]]; then run=(comp "$host"); fi
    a=$(now); "${run[@]}" -f "$file" -p "$project" up -d >"$work/$name.log" 2>&1 || fail "$name up" "$work/$name.log"
    b=$(now); "${run[@]}" -f "$file" -p "$project" down >"$work/$name.log" 2>&1 || down_failed "$name down" "$work/$name.log"
    c=$(now); record "$name" "$a" "$b" "$c"
}
# both_at_once NAME ROUND: Compose on each daemon's half of the mixed project, both at once.
both_at_once() {
    local name=$1 p=$2 a b c x y
    a=$(now)
    comp "$LINUX" -f "$work/lin.yaml" -p "$p-l" up -d >"$work/$name-l.log" 2>&1 & x=$!
    comp "$WINDOWS" -f "$work/win.yaml" -p "$p-w" up -d >"$work/$name-w.log" 2>&1 & y=$!
    wait $x || fail "$name up (linux half)" "$work/$name-l.log"; wait $y || fail "$name up (windows half)" "$work/$name-w.log"
    b=$(now)
    comp "$LINUX" -f "$work/lin.yaml" -p "$p-l" down >"$work/$name-l.log" 2>&1 & x=$!
    comp "$WINDOWS" -f "$work/win.yaml" -p "$p-w" down >"$work/$name-w.log" 2>&1 & y=$!
    wait $x || down_failed "$name down (linux half)" "$work/$name-l.log"; wait $y || down_failed "$name down (windows half)" "$work/$name-w.log"
    c=$(now); record "$name" "$a" "$b" "$c"
}
# in_turn NAME ROUND: Compose on the linux half, then on the windows half, as a user would by hand.
in_turn() {
    local name=$1 p=$2 a b c
    a=$(now)
    comp "$LINUX" -f "$work/lin.yaml" -p "$p-l" up -d >"$work/$name.log" 2>&1 || fail "$name up (linux half)" "$work/$name.log"
    comp "$WINDOWS" -f "$work/win.yaml" -p "$p-w" up -d >"$work/$name.log" 2>&1 || fail "$name up (windows half)" "$work/$name.log"
    b=$(now)
    comp "$LINUX" -f "$work/lin.yaml" -p "$p-l" down >"$work/$name.log" 2>&1 || down_failed "$name down (linux half)" "$work/$name.log"
    comp "$WINDOWS" -f "$work/win.yaml" -p "$p-w" down >"$work/$name.log" 2>&1 || down_failed "$name down (windows half)" "$work/$name.log"
    c=$(now); record "$name" "$a" "$b" "$c"
}
# wanted flat|mixed: whether CASES (default both) asks for that project.
wanted() { [[ " ${CASES:-flat mixed} " == *" $1 "* ]]; }
# row LABEL CASE [BASE]: the medians of CASE, and their ratios to BASE's (nothing when CASE did not run).
row() {
    [[ -s $work/$2 ]] || return 0
    local up down
    up=$(cut -d' ' -f1 "$work/$2" | median) down=$(cut -d' ' -f2 "$work/$2" | median)
    if [[ -n ${3:-} ]]; then
        printf '%-36s %9.1f %9.1f %9s %9s\n' "$1" "$up" "$down" \
            "$(ratio "$up" "$(cut -d' ' -f1 "$work/$3" | median)")" "$(ratio "$down" "$(cut -d' ' -f2 "$work/$3" | median)")"
    else
        printf '%-36s %9.1f %9.1f\n' "$1" "$up" "$down"
    fi
}

# Rounds alternate the tools, so a load that comes and goes falls on both; every round uses fresh
# project names (and so fresh networks), so a network the daemon failed to release spoils no later round.
for n in "${SIZES[@]}"; do
    half=$((n / 2))
    compose_file "$n" "" s >"$work/flat.yaml"
    compose_file "$half" "" l windows/amd64 w >"$work/mixed.yaml"
    # Each half alone for Compose, on its own daemon (the windows-role one is a Linux stand-in: no platform).
    compose_file "$half" "" w >"$work/win.yaml"
    compose_file "$half" "" l >"$work/lin.yaml"
    for ((round = 1; round <= ROUNDS; round++)); do
        p="bench-large-$n-$SUFFIX-$round"
        # A daemon still tidying up after the previous case's down slows the next case, so the tools swap
        # places every other round: no tool always comes second.
        flat=(compose mix) mixed=(turn once mix)
        if ((round % 2 == 0)); then flat=(mix compose) mixed=(mix once turn); fi
        if wanted flat; then
            for tool in "${flat[@]}"; do
                if [[ $tool == compose ]]; then up_down "flat-compose-$n" comp "$LINUX" "$work/flat.yaml" "$p-c"
                else up_down "flat-mix-$n" mix "" "$work/flat.yaml" "$p-m"; fi
            done
        fi
        if wanted mixed; then
            for tool in "${mixed[@]}"; do
                case $tool in
                    turn) in_turn "mixed-turn-$n" "$p-t" ;;
                    once) both_at_once "mixed-once-$n" "$p-o" ;;
                    mix) up_down "mixed-mix-$n" mix "" "$work/mixed.yaml" "$p-x" ;;
                esac
            done
        fi
    done
done

printf '%-36s %9s %9s %9s %9s\n' "case (medians of $ROUNDS rounds)" "up -d (s)" "down (s)" "up ratio" "down ratio"
for n in "${SIZES[@]}"; do
    half=$((n / 2))
    row "flat $n, one daemon: compose" "flat-compose-$n"
    row "flat $n, one daemon: mixcompose" "flat-mix-$n" "flat-compose-$n"
    row "mixed $half+$half: compose in turn" "mixed-turn-$n"
    row "mixed $half+$half: compose at once" "mixed-once-$n"
    row "mixed $half+$half: mixcompose" "mixed-mix-$n" "mixed-once-$n"
done
echo "ratios: mixcompose / compose (for the mixed project, / compose on both daemons at once); goal <= 1"
