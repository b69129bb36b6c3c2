#!/usr/bin/env bash
# Runs the benchmark harness (e2e/src/test/java/io/dtmonitor/e2e/PerformanceBenchmark.java)
# against the packaged services on this machine and prints the report, which is also written to
# e2e/target/bench/report.md. Never part of ./mvnw verify; docs/performance.md records the runs.
#
# With two or more CPUs, the services and PostgreSQL are pinned to CPU 0 and the load generator
# (with the in-process Kafka broker) to the rest, so that they do not compete for the same core;
# DTM_BENCH_PIN=false runs everything unpinned. DTM_BENCH_RUNS sets the number of runs (3).
# DTM_BENCH_TEST picks the measurements, e.g. 'PerformanceBenchmark#measure+scale' (all by default:
# measure, then the pipeline's backlog, then the scale case, which loads about 12 million values).
# Launch options of the services, to compare them: DTM_BENCH_JDK (a JDK home, e.g.
# /usr/lib/jvm/temurin-25-jdk-amd64), DTM_BENCH_JVM_OPTIONS (e.g. '-XX:+UseSerialGC'),
# DTM_BENCH_AOT=true (JDK 24+: an AOT cache made by a training run).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp install -DskipTests -Ddtm.lint.skip=true -Dspotless.check.skip=true
cpus=$(nproc)
pin=()
properties=(-Ddtm.bench.runs="${DTM_BENCH_RUNS:-3}" -Ddtm.test.pg.settings=track_commit_timestamp=on,shared_buffers=2GB
  -Ddtm.services.jvm-options="${DTM_BENCH_JVM_OPTIONS:-}" -Ddtm.services.aot="${DTM_BENCH_AOT:-false}"
  -Ddtm.services.traces=false)
if [ -n "${DTM_BENCH_JDK:-}" ]; then
  properties+=(-Ddtm.services.jdk="$DTM_BENCH_JDK")
fi
if [ "${DTM_BENCH_PIN:-true}" = "true" ] && [ "$cpus" -ge 2 ]; then
  pin=(taskset -c "1-$((cpus - 1))")
  properties+=(-Ddtm.services.cpus=0)
fi
"${pin[@]}" ./mvnw -B -ntp -pl e2e verify -Ddtm.lint.skip=true -Dspotless.check.skip=true \
  -Dtest="${DTM_BENCH_TEST:-PerformanceBenchmark}" -Dsurefire.failIfNoSpecifiedTests=false "${properties[@]}"
cat e2e/target/bench/*.md
