#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine (as root): installs the build and test
# dependencies, builds, starts a private PostgreSQL 15 server on loopback (as the postgres
# user) so that every database test runs on SQLite and on PostgreSQL, runs ctest, then runs
# the fuzzers of the file readers for a bounded time (tests/fuzz/run-fuzzers.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps --tests
# The ci preset (CMakePresets.json): build/, RelWithDebInfo, warnings are errors.
cmake --preset ci
cmake --build --preset ci -j"$(nproc)"

pgbin=/usr/lib/postgresql/15/bin
pgdir=$(mktemp -d /tmp/thuky-pg.XXXXXX)
pgport=${THUKY_TEST_PG_PORT:-55432}
chown postgres:postgres "$pgdir"
stop_pg() { su postgres -s /bin/sh -c "$pgbin/pg_ctl -D '$pgdir/data' -m fast stop" >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap stop_pg EXIT
su postgres -s /bin/sh -c "$pgbin/initdb -D '$pgdir/data' -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
# One account that must give a password (the keychain tests); every other one is trusted.
sed -i '1i host all thuky_pw 127.0.0.1/32 scram-sha-256' "$pgdir/data/pg_hba.conf"
su postgres -s /bin/sh -c "$pgbin/pg_ctl -D '$pgdir/data' -l '$pgdir/log' -w \
    -o \"-c listen_addresses=127.0.0.1 -p $pgport -k '$pgdir' -c fsync=off\" start" >/dev/null
su postgres -s /bin/sh -c "$pgbin/createdb -h 127.0.0.1 -p $pgport thuky_test"
export THUKY_TEST_PG_URL="postgresql://postgres@127.0.0.1:$pgport/thuky_test"
export THUKY_TEST_PG_PASSWORD="pw-$RANDOM-$RANDOM"
su postgres -s /bin/sh -c "psql -q -h 127.0.0.1 -p $pgport -d postgres \
    -c \"CREATE ROLE thuky_pw LOGIN PASSWORD '$THUKY_TEST_PG_PASSWORD'\" \
    -c 'CREATE DATABASE thuky_pw_test OWNER thuky_pw'"
export THUKY_TEST_PG_PASSWORD_URL="postgresql://thuky_pw@127.0.0.1:$pgport/thuky_pw_test"

ctest --preset ci

# The readers under libFuzzer with ASan + UBSan (tests/fuzz): THUKY_FUZZ_SECONDS each
# (default 60); a crash, leak or undefined behaviour fails the run.
bash tests/fuzz/run-fuzzers.sh
