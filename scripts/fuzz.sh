#!/usr/bin/env bash
# Run every cargo-fuzz target for a fixed budget and print, per target, the
# executions and the crashes (crash/oom/timeout/leak artifacts) it found.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s, all targets)
#
# Stable toolchain: `cargo fuzz run -s none` (no sanitizer, so no -Z flags;
# libFuzzer's coverage instrumentation uses stable -C passes). Needs
# `cargo install cargo-fuzz`. Corpora grow in fuzz/corpus/<target> (git-ignored),
# seeded read-only from fuzz/seeds/<target> and the crates' test fixtures.
# A crash is kept in fuzz/artifacts/<target>/; reproduce it with
#   cd fuzz && cargo fuzz run -s none <target> artifacts/<target>/<file>
# then fix it and add the input as a regression test in the crate.
# Exit status: 0 no crash, 1 some target crashed, 2 setup/build failure.
set -uo pipefail

secs="${1:-60}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/fuzz"
all=(links robots charset tables numerals seeds)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "cargo-fuzz missing: cargo install cargo-fuzz" >&2
    exit 2
fi

seed_dirs() {
    local d=()
    [ -d "$fuzz/seeds/$1" ] && d+=("$fuzz/seeds/$1")
    case "$1" in
        links)
            d+=("$root/crates/discover/tests/fixtures" "$root/crates/extract/tests/fixtures") ;;
        tables | charset)
            d+=("$root/crates/extract/tests/fixtures" "$root/crates/extract/tests/corpus") ;;
    esac
    printf '%s\n' "${d[@]}"
}

cd "$fuzz" || exit 2
# Build all targets once up front, so the budget is spent fuzzing.
mkdir -p "$fuzz/target"
if ! cargo fuzz build -s none >"$fuzz/target/build.log" 2>&1; then
    echo "build failed: see $fuzz/target/build.log" >&2
    tail -20 "$fuzz/target/build.log" >&2
    exit 2
fi

status=0
# seconds: libFuzzer's own fuzzing time ("Done N runs in S second(s)"); a
# target rebuilt by `cargo fuzz run` spends its build time outside it; a
# run that crashed shows wall time, marked *.
printf '%-9s %8s %12s %8s %10s  %s\n' target seconds executions exec/s crashes artifacts
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    before=$(find "artifacts/$t" -type f | sort)
    log="$fuzz/target/fuzz-$t.log"
    mapfile -t seeds < <(seed_dirs "$t")
    start=$(date +%s)
    # -rss_limit_mb: a page that makes us allocate 2 GB is a bug worth seeing.
    cargo fuzz run -s none "$t" "corpus/$t" "${seeds[@]}" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 >"$log" 2>&1
    rc=$?
    el=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    [ -z "$el" ] && el="$(($(date +%s) - start))*"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    new=$(comm -13 <(echo "$before") <(find "artifacts/$t" -type f | sort) | grep -v '^$' || true)
    n=$(printf '%s' "$new" | grep -c . || true)
    if [ "$rc" -ne 0 ] && [ "$n" -eq 0 ]; then
        # libFuzzer died without an artifact (build or harness problem)
        n="?"
    fi
    printf '%-9s %8s %12s %8s %10s  %s\n' "$t" "$el" "${execs:-?}" "${rate:-?}" "$n" \
        "$(echo $new)"
    if [ "$n" != 0 ]; then
        status=1
        grep -m1 -E "panicked at|ERROR: libFuzzer|SUMMARY" "$log" | sed 's/^/          /'
    fi
done
exit $status
