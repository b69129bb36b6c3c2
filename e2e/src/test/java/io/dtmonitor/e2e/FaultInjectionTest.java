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
 * The fault scenario: writes across the three services at a steady rate while the broker is killed
 * with SIGKILL, the producer and a consumer are killed (or the consumer frozen past its session
 * timeout), and PostgreSQL is stopped without a checkpoint. Afterwards nothing acknowledged is
 * lost, every projection holds exactly what the producers committed, each event took effect once
 * however often it was delivered, no rolled-back write produced an event, and no aggregate's events
 * went back in time. {@code ./mvnw verify} runs the CI-sized plan; {@code reliability/run.sh} the
 * full one ({@code -Ddtm.faults.plan=full}). The report goes to {@code e2e/target/reliability/}.
 */
@Order(9)
class FaultInjectionTest {

  private static final Path OUTPUT = RunningSuite.REPOSITORY.resolve("e2e/target/reliability");

  @Test
  void nothingAcknowledgedIsLostAndNothingTakesEffectTwice() throws Exception {
    FaultPlan plan = FaultPlan.selected();
    String run = "Збій " + UUID.randomUUID().toString().substring(0, 8);
    try (FaultStack stack = FaultStack.start(OUTPUT.resolve("stack-" + plan.name()))) {
      assertEquals("on", stack.postgres.setting("fsync"));
      assertEquals("on", stack.postgres.setting("synchronous_commit"));

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
      FaultReport report =
          new FaultReport(
              plan,
              acknowledged,
              workload.chainsStarted(),
              workload.chainsCompleted(),
              injector.outages(),
              (writesEnded - start) / 1e9,
              (System.nanoTime() - writesEnded) / 1e9,
              findings);
      Files.createDirectories(OUTPUT);
      Files.writeString(OUTPUT.resolve("fault-report-" + plan.name() + ".md"), report.markdown());
      System.out.println(report.markdown());

      assertEquals(plan.faults().size(), injector.outages().size(), "every fault was carried out");
      assertEquals(List.of(), acknowledged.refusals(), "no write of the workload was refused");
      assertEquals(0, acknowledged.serverErrors(), "no 5xx but 503 (database unreachable)");
      assertTrue(
          report.acknowledgedDuring(FaultPlan.Kind.BROKER_CRASH, Service.PROGRAMME) > 0,
          "programme-service acknowledges writes while the broker is down");

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
      assertEquals(0, findings.duplicateEffectRows(), "rows beyond one effect per event");
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
