package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.e2e.FaultAudit.Findings;
import io.dtmonitor.e2e.RunningSuite.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The fault scenario: writes across two replicas of each of the three services at a steady rate
 * while the Kafka node leading the busiest partition of a three-node cluster is killed with SIGKILL
 * (twice briefly, once for longer than a segment takes to roll), one replica of each service is
 * killed, a consumer replica is frozen past its session timeout, and PostgreSQL is stopped without
 * a checkpoint. Afterwards nothing acknowledged is lost, every projection holds exactly what the
 * producers committed, each event took effect once however often it was delivered, no rolled-back
 * write produced an event, no aggregate's events went back in time, no report was marked overdue
 * twice, an Idempotency-Key replayed on the other replica got the first answer, the standings never
 * lagged an acknowledged write, every partition is back to three in-sync replicas, and the metrics
 * an operator watches showed lag while a consumer was frozen and none, on every instance ready
 * again, after the drain. {@code ./mvnw verify} runs the CI-sized plan; {@code reliability/run.sh}
 * the full one ({@code -Ddtm.faults.plan=full}). The report goes to {@code
 * e2e/target/reliability/}.
 */
@Order(9)
class FaultInjectionTest {

  private static final Path OUTPUT = RunningSuite.REPOSITORY.resolve("e2e/target/reliability");

  @Test
  void nothingAcknowledgedIsLostAndNothingTakesEffectTwice() throws Exception {
    FaultPlan plan = FaultPlan.selected();
    String run = "Збій " + UUID.randomUUID().toString().substring(0, 8);
    try (FaultStack stack = FaultStack.start(OUTPUT.resolve("stack-" + plan.name()));
        PipelineWatch watch = PipelineWatch.start(stack.services)) {
      assertEquals("on", stack.postgres.setting("fsync"));
      assertEquals("on", stack.postgres.setting("synchronous_commit"));
      assertEquals(FaultStack.REPLICAS, stack.clients().size());

      Acknowledged acknowledged = new Acknowledged();
      FaultWorkload workload =
          new FaultWorkload(stack.clients(), acknowledged, plan.writes(), plan.perSecond(), run);
      long start = System.nanoTime();
      FaultInjector injector = new FaultInjector(stack, plan.faults(), start);
      Thread faults = new Thread(injector, "fault-injector");
      faults.start();
      try {
        workload.run(start, injector::done, Duration.ofMinutes(20));
      } finally {
        // On a failed run the injector must not restart anything once the stack is closing.
        if (!injector.done()) {
          faults.interrupt();
        }
        faults.join();
      }
      long writesEnded = System.nanoTime();
      Findings findings =
          new FaultAudit(stack, acknowledged).awaitConvergence(Duration.ofMinutes(3));
      Map<RunningSuite.Instance, String> unsettled = watch.awaitSettled(Duration.ofSeconds(60));
      FaultReport report =
          new FaultReport(
              plan,
              acknowledged,
              workload.chainsStarted(),
              workload.chainsCompleted(),
              injector.outages(),
              (writesEnded - start) / 1e9,
              (System.nanoTime() - writesEnded) / 1e9,
              findings,
              watch);
      Files.createDirectories(OUTPUT);
      Files.writeString(OUTPUT.resolve("fault-report-" + plan.name() + ".md"), report.markdown());
      System.out.println(report.markdown());

      assertEquals(plan.faults().size(), injector.outages().size(), "every fault was carried out");
      assertEquals(List.of(), acknowledged.refusals(), "no write of the workload was refused");
      assertEquals(0, acknowledged.serverErrors(), "no 5xx but 503 (database unreachable)");
      assertTrue(
          report.acknowledgedDuring(FaultPlan.Kind.BROKER_CRASH, Service.PROGRAMME) > 0,
          "programme-service acknowledges writes while a broker is down");
      for (Service service : Service.values()) {
        assertTrue(
            report.acknowledgedDuring(FaultPlan.Kind.REPLICA_CRASH, service) > 0,
            service.module + " acknowledges writes while one of its replicas is down");
      }

      assertEquals(
          KafkaCluster.NODES,
          stack.kafka.fewestReplicas(FaultAudit.TOPICS),
          "every partition has a replica on each node");
      assertEquals(
          Set.of(), findings.partitionsUnderReplicated(), "back in sync after the crashes");

      assertEquals(Set.of(), findings.programmesLost(), "acknowledged programmes lost");
      assertEquals(Set.of(), findings.adoptionsLost(), "acknowledged adoptions lost");
      assertEquals(Set.of(), findings.reportsLost(), "acknowledged report steps lost");
      assertEquals(Set.of(), findings.observationsLost(), "acknowledged observations lost");

      assertEquals(findings.adoptedInProducer(), findings.adoptedInReplica());
      assertEquals(findings.adoptedInProducer(), findings.adoptedInIndicator());
      assertEquals(Set.of(), findings.replicaBehindLatest(), "the replica's latest version");
      assertEquals(findings.reportsInProducer(), findings.reportsInIndicator());

      assertTrue(
          findings.eventsWithoutOutboxRow().values().stream().allMatch(Set::isEmpty),
          "events of rolled-back writes: " + findings.eventsWithoutOutboxRow());
      assertTrue(
          findings.outboxRowsNotPublished().values().stream().allMatch(Set::isEmpty),
          "committed events never published: " + findings.outboxRowsNotPublished());
      assertEquals(Set.of(), findings.adoptionEventsWithoutAdoption());
      assertEquals(Set.of(), findings.observationEventsWithoutObservation());
      assertTrue(
          findings.aggregatesOutOfOrder().values().stream().allMatch(Set::isEmpty),
          "aggregates whose events went back in time: " + findings.aggregatesOutOfOrder());

      assertEquals(Map.of(), findings.inboxMismatches(), "each event processed exactly once");

      assertTrue(
          report.highestLagDuring(FaultPlan.Kind.REPLICA_FREEZE, Service.INDICATOR) > 0,
          "the metrics showed consumer lag while a consumer replica was frozen");
      assertEquals(Map.of(), unsettled, "instances not ready, or with lag, after the drain");
      assertEquals(0, findings.duplicateEffectRows(), "rows beyond one effect per event");

      assertTrue(acknowledged.keysReplayed() > 0, "registrations replayed on the other replica");
      assertEquals(List.of(), acknowledged.replaysAnsweredDifferently(), "one answer per key");
      assertEquals(Set.of(), findings.programmeTitlesTwice(), "one programme per registration");
      assertTrue(findings.reportsMarkedOverdue() > 0, "both replicas ran the overdue check");
      assertEquals(Set.of(), findings.reportsMarkedOverdueTwice(), "each overdue report once");
      assertTrue(acknowledged.standingsRead() > 0, "standings read after acknowledged writes");
      assertEquals(List.of(), acknowledged.staleStandings(), "standings older than a write");
      assertTrue(
          findings
              .inboxes()
              .keySet()
              .containsAll(
                  List.of(
                      "reporting.programmes " + FaultAudit.PROGRAMME_TOPIC,
                      "indicator.programmes " + FaultAudit.PROGRAMME_TOPIC,
                      "indicator.reports " + FaultAudit.REPORT_TOPIC)),
          "every consumer took part: " + findings.inboxes().keySet());
    }
  }
}
