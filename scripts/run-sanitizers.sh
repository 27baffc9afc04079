#!/usr/bin/env bash
# The sanitizer lane: the model library, ipamctl and the non-GUI tests built with
# AddressSanitizer and UndefinedBehaviorSanitizer (scripts/sanitize-config.sh: clang, -O1 -g,
# -fno-sanitize-recover=all) and run by CTest; any report fails the test that made it. On
# SQLite always, on PostgreSQL too when IPAM_TEST_PG_URL is set (scripts/run-tests.sh sets it).
# IPAM_SANITIZE_TESTS (a CTest regular expression) picks other tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(bash "$root/scripts/sanitize-config.sh")
# The non-GUI tests that fit the lane's time (about 12 minutes on 2 cores, build included).
# Left out: the widget tests (tests/views, tst_livechangefeed), the benchmarks, the tests
# whose cost is bulk data or a second process tree rather than parsing or the write path
# (tst_addressdifferential, tst_demodataset, tst_rbacmatrix, tst_postgresenforcement,
# tst_ipamctlsync, tst_spfpeer, tests/items but two), and tst_addressallocations, which
# counts allocations by replacing malloc itself: AddressSanitizer must own the allocator.
tests=(tst_addressparsing tst_addressset
       tst_csv tst_recordformatter tst_unsafenames tst_csvformulas
       tst_writepath tst_changenotification tst_jsontext tst_odatapage tst_vmmsync
       tst_accesscontrol tst_subnettable tst_auditfilterproxy tst_ipamctl
       tst_databaselocationtext)
default_regex="^($(IFS='|'; echo "${tests[*]}"))\$"
regex=${IPAM_SANITIZE_TESTS:-$default_regex}
targets=$(cd "$dir" && ctest -N -R "$regex" | sed -n 's/^ *Test *#[0-9]*: //p')
[ -n "$targets" ] || { echo "run-sanitizers: no test matches $regex" >&2; exit 1; }
# shellcheck disable=SC2086 # one target per word
cmake --build "$dir" -j2 --target ipamctl spf-test-peer $targets

# halt_on_error / abort_on_error: the first report ends the test with a failure.
# detect_leaks: a leak at exit fails too. Nothing is suppressed.
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
cd "$dir"
ctest --output-on-failure -j2 --timeout 900 -R "$regex"
