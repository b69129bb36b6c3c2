#!/usr/bin/env bash
# Runs the full fault scenario (10,000 writes at 100/s; the broker killed every 30 s, programme-service
# killed, indicator-service frozen for 20 s, PostgreSQL stopped with pg_ctl stop -m immediate) against
# the packaged services, and prints its report, also written to
# e2e/target/reliability/fault-report-full.md. ./mvnw verify runs the CI-sized plan of the same test;
# docs/reliability.md records the full runs.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp install -DskipTests -Ddtm.lint.skip=true -Dspotless.check.skip=true
./mvnw -B -ntp -pl e2e verify -Ddtm.lint.skip=true -Dspotless.check.skip=true \
  -Dtest=FaultInjectionTest -Dsurefire.failIfNoSpecifiedTests=false -Ddtm.faults.plan=full
cat e2e/target/reliability/fault-report-full.md
