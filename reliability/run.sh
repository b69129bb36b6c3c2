#!/usr/bin/env bash
# Runs the full fault scenario (10,000 writes at 50/s over two replicas of each packaged service and
# a three-node Kafka cluster; the leader of the busiest partition killed every 30 s, one replica of
# each service killed, an indicator-service replica frozen for 20 s, PostgreSQL stopped with pg_ctl
# stop -m immediate), and prints its report, also written to
# e2e/target/reliability/fault-report-full.md. ./mvnw verify runs the CI-sized plan of the same test;
# docs/reliability.md records the full runs.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp install -DskipTests -Ddtm.lint.skip=true -Dspotless.check.skip=true
./mvnw -B -ntp -pl e2e verify -Ddtm.lint.skip=true -Dspotless.check.skip=true \
  -Dtest=FaultInjectionTest -Dsurefire.failIfNoSpecifiedTests=false -Ddtm.faults.plan=full
cat e2e/target/reliability/fault-report-full.md
