#!/usr/bin/env bash
# Runs the benchmark harness (e2e/src/test/java/io/dtmonitor/e2e/PerformanceBenchmark.java)
# against the packaged services on this machine and prints the report, which is also written to
# e2e/target/bench/report.md. Never part of ./mvnw verify; docs/performance.md records the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp install -DskipTests -Ddtm.lint.skip=true -Dspotless.check.skip=true
./mvnw -B -ntp -pl e2e verify -Ddtm.lint.skip=true -Dspotless.check.skip=true \
  -Dtest=PerformanceBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat e2e/target/bench/report.md
