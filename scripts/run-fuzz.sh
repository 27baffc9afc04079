#!/usr/bin/env bash
# The fuzz lane: builds the libFuzzer targets (tests/fuzz, clang + ASan + UBSan) and runs each
# for IPAM_FUZZ_SECONDS (default 30) from its seed corpus in tests/fuzz/corpus/<target>/, two
# at a time. Fails on any crash, leak, timeout or sanitizer report; the input that caused it
# is kept as build-sanitize/fuzz/artifacts/<target>-crash-... (add it to the unit tests).
# New inputs the fuzzer finds go to build-sanitize/fuzz/corpus/<target>/, not to the
# repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${IPAM_FUZZ_SECONDS:-30}
dir=$(bash "$root/scripts/sanitize-config.sh")
cmake --build "$dir" -j2 --target ipam_fuzzers

work="$dir/fuzz"
rm -rf "$work/artifacts" "$work/logs"
mkdir -p "$work/artifacts" "$work/logs"
targets=(address csvreader csvimporter odatapage odataservice vmmentities vmmcredentials
         databaselocation jsontext searchtext fieldvalue rangecriteria audittext)
# halt_on_error: the first report fails the run; detect_leaks: a leak is a failure too.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_QPA_PLATFORM=offscreen

fuzz_one() {
    local target=$1
    mkdir -p "$work/corpus/$target"
    if "$dir/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$work/artifacts/$target-" -print_final_stats=1 \
        "$work/corpus/$target" "$root/tests/fuzz/corpus/$target" > "$work/logs/$target.log" 2>&1; then
        echo "fuzz: $target ok ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' \
            "$work/logs/$target.log" | grep -o '[0-9]*$') runs in ${seconds} s)"
    else
        echo "fuzz: $target FAILED; log: $work/logs/$target.log" >&2
        tail -40 "$work/logs/$target.log" >&2
        return 1
    fi
}
export -f fuzz_one
export dir root work seconds
printf '%s\n' "${targets[@]}" | xargs -P 2 -I{} bash -c 'fuzz_one {}'
echo "fuzz: all ${#targets[@]} targets ran ${seconds} s each without a report"
