#!/usr/bin/env bash
# Crash safety, measured: SIGKILL nianbao at random points during `crawl` and
# `extract`, resume each time, and verify the archive after every kill.
#
#   scripts/crash-test.sh [KILLS] [SEED]      # default 36 kills; SEED fixes the random points
#
# Starts `nianbao-fixture serve` once (the fixture web on 127.0.0.x, plus its
# large site of LARGE pages so a crawl lasts long enough to be killed many
# times), then loops: start `nianbao crawl` (or `extract` / `extract --all` on
# some iterations, once captures exist), sleep a random 0.1–3 s, SIGKILL it,
# and run `archive-check` on the archive (integrity_check, every captured body
# present and hashing right, no duplicate captures, no "done" frontier row
# without its capture, at most one unfinished run). A run that ends on its own
# before the kill must exit 0 (a crash on resume fails the test). At the end it
# resumes to completion and checks that extraction is idempotent: `extract`
# writes nothing and `extract --all` finds every row unchanged.
#
# Only loopback addresses are used. Binaries come from $CARGO_TARGET_DIR/release
# (built here if missing). Exit status 0 when every check passed.
set -euo pipefail

KILLS=${1:-36}
SEED=${2:-$$}
RATE=${RATE:-50}
LARGE=${LARGE:-1500}
OCTET=${OCTET:-70}
RANDOM=$SEED

root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
bin=$target/release
if [[ ! -x $bin/nianbao || ! -x $bin/archive-check || ! -x $bin/nianbao-fixture || -n ${REBUILD:-} ]]; then
    (cd "$root" && cargo build --release -q -p nianbao --bin nianbao --bin archive-check \
        -p nianbao-fixture --bin nianbao-fixture)
fi

work=$(mktemp -d -t nianbao-crash.XXXXXX)
fixture_pid=
child=
cleanup() {
    [[ -n $child ]] && kill -9 "$child" 2>/dev/null || true
    [[ -n $fixture_pid ]] && kill "$fixture_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    [[ -n ${KEEP:-} ]] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

"$bin/nianbao-fixture" serve --dir "$work" --rps "$RATE" --large "$LARGE" --first-octet "$OCTET" \
    >"$work/fixture.out" 2>&1 &
fixture_pid=$!
for _ in $(seq 100); do
    grep -q '^config:' "$work/fixture.out" 2>/dev/null && break
    sleep 0.1
done
grep -q '^config:' "$work/fixture.out" || { cat "$work/fixture.out"; echo "fixture did not start"; exit 1; }
# The large site is not a seed by default: add it, so the crawl lasts a while.
large_addr=$(awk -F'\t' '$1 == "large" { print $3 }' "$work/fixture.out")
echo "大城市生态环境局,大城省,prefectural,http://big.gov.cn.test:${large_addr##*:}/" >>"$work/seeds.csv"
cfg=$work/config.toml
db=$work/archive.sqlite
# `exec`: in `nb … &` the background job is then nianbao itself, so $! is its pid.
nb() { exec "$bin/nianbao" --config "$cfg" -q "$@"; }

echo "crash test: $KILLS kills, seed $SEED, $(($(wc -l <"$work/seeds.csv") - 1)) sites at $RATE req/s per host, work dir $work"

kills=0 kills_crawl=0 kills_extract=0 ended=0 checks=0 checks_ok=0 bodies_checked=0
failures=0 iter=0 last_check=
check() {
    local line
    checks=$((checks + 1))
    if line=$("$bin/archive-check" "$db"); then
        checks_ok=$((checks_ok + 1))
    else
        failures=$((failures + 1))
        echo "  CHECK FAILED after $1: $line"
    fi
    last_check=$line
    local v=${line#*bodies_verified=}
    bodies_checked=$((bodies_checked + ${v%% *}))
}

while ((kills < KILLS && iter < KILLS * 4)); do
    iter=$((iter + 1))
    have=$(sed -nE 's/.* captures=([0-9]+).*/\1/p' <<<"$last_check")
    have=${have:-0}
    what=crawl
    if ((have > 200 && iter % 3 == 0)); then
        # Plain `extract` has work only after a crawl was killed before its own extraction.
        if ((iter % 9 == 0)); then what=extract; else what="extract --all"; fi
    fi
    # 0.1 to 3.0 s
    delay=$(printf '%d.%03d' $((RANDOM % 3)) $((RANDOM % 1000)))
    [[ $delay == 0.0* ]] && delay=0.1$((RANDOM % 10))
    # shellcheck disable=SC2086
    (nb $what) >"$work/run.out" 2>"$work/run.err" &
    child=$!
    sleep "$delay"
    if kill -0 "$child" 2>/dev/null && kill -9 "$child" 2>/dev/null; then
        wait "$child" 2>/dev/null || true
        child=
        kills=$((kills + 1))
        if [[ $what == crawl ]]; then kills_crawl=$((kills_crawl + 1)); else kills_extract=$((kills_extract + 1)); fi
        check "kill $kills ($what at ${delay}s)"
        printf '  kill %2d: %-13s at %ss  %s\n' "$kills" "$what" "$delay" \
            "$(sed -E 's/.*(captures=[0-9]+).*(bodies_verified=[0-9]+).*(extractions=[0-9]+).*(runs=[0-9]+).*(queued=[0-9]+).*(ok=[A-Z a-z]+)$/\1 \2 \3 \4 \5 \6/' <<<"$last_check")"
    else
        status=0
        wait "$child" || status=$?
        child=
        ended=$((ended + 1))
        if ((status != 0)); then
            failures=$((failures + 1))
            echo "  $what ENDED WITH STATUS $status before the kill: $(head -c 400 "$work/run.err")"
        fi
        check "$what ending by itself"
    fi
done

# Resume to the end, then extraction must be idempotent.
status=0
(nb crawl) >"$work/final.out" 2>"$work/final.err" || status=$?
if ((status != 0)); then
    failures=$((failures + 1))
    echo "  final crawl exited $status: $(head -c 400 "$work/final.err")"
fi
check "final crawl"
final_check=$last_check
ex1=$( (nb extract) 2>&1 || true)
ex2=$( (nb extract --all) 2>&1 || true)
check "extraction reruns"
w1=$(sed -nE 's/.* ([0-9]+) written, ([0-9]+) unchanged.*/\1/p' <<<"$ex1")
w2=$(sed -nE 's/.* ([0-9]+) written, ([0-9]+) unchanged.*/\1/p' <<<"$ex2")
u2=$(sed -nE 's/.* ([0-9]+) written, ([0-9]+) unchanged.*/\2/p' <<<"$ex2")
ext=$(sed -nE 's/.*extractions=([0-9]+).*/\1/p' <<<"$last_check")
if [[ $w1 != 0 || $w2 != 0 || -z $u2 || $u2 -ne $ext ]]; then
    failures=$((failures + 1))
    echo "  extraction not idempotent: extract: $ex1 / extract --all: $ex2"
fi

field() { sed -nE "s/.*[ ^]$1=([^ ]+).*/\1/p" <<<" $2"; }
echo
echo "final archive: $final_check"
echo "kills: $kills (crawl $kills_crawl, extract $kills_extract); runs that ended before the kill: $ended"
echo "integrity ok $checks_ok/$checks checks; bodies verified $(field bodies_verified "$final_check") in the final archive ($bodies_checked body verifications over all checks); missing $(field bodies_missing "$final_check"), bad $(field bodies_bad "$final_check")"
echo "duplicate captures $(field duplicate_captures "$final_check"); duplicate robots $(field duplicate_robots "$final_check"); done without capture $(field done_without_capture "$final_check"); captures $(field captures "$final_check") in $(field runs "$final_check") runs"
echo "extraction rerun: extract $w1 written; extract --all $w2 written, $u2 unchanged (of $ext extractions)"
if ((failures > 0 || kills < KILLS)); then
    echo "CRASH TEST FAILED: $failures failures, $kills/$KILLS kills"
    exit 1
fi
echo "crash test passed"
