#!/usr/bin/env bash
# Builds the fuzz preset (clang-14, libFuzzer, ASan + UBSan; build-fuzz/) and runs each
# harness of tests/fuzz for THUKY_FUZZ_SECONDS seconds (default 60) from its seed corpus.
# Any crash, leak, undefined behaviour, timeout or broken property fails the run; the input
# that did it is left in build-fuzz/artifacts/ (add it to tests/fuzz/corpus/<name>/ once fixed).
# Inputs that reached new code are kept in build-fuzz/corpus/<name>/, not in the sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${THUKY_FUZZ_SECONDS:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=Asia/Ho_Chi_Minh
passed=0
failed=0
summary=()
for src in tests/fuzz/fuzz_*.cpp; do
    fuzzer=$(basename "$src" .cpp)
    name=${fuzzer#fuzz_}
    mkdir -p "build-fuzz/corpus/$name" build-fuzz/artifacts build-fuzz/logs
    log="build-fuzz/logs/$name.log"
    echo "== $fuzzer: ${seconds}s"
    options=(-max_total_time="$seconds" -print_final_stats=1 -timeout=60 -rss_limit_mb=6144
             -artifact_prefix="build-fuzz/artifacts/$name-")
    # The words of the format (column names, codes, JSON keys) help the mutations along.
    if [ -f "tests/fuzz/$name.dict" ]; then options+=(-dict="tests/fuzz/$name.dict"); fi
    set +e
    "build-fuzz/tests/fuzz/$fuzzer" "${options[@]}" \
        "build-fuzz/corpus/$name" "tests/fuzz/corpus/$name" >"$log" 2>&1
    rc=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ "$rc" -eq 0 ]; then
        passed=$((passed + 1))
        summary+=("$fuzzer: ${runs:-?} executions in ${seconds}s, ok")
    else
        failed=$((failed + 1))
        summary+=("$fuzzer: FAILED (exit $rc) after ${runs:-?} executions; see $log")
        tail -n 60 "$log"
    fi
done
printf '%s\n' "${summary[@]}"
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
