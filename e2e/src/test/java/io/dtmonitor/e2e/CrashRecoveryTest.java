package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.client.indicator.api.CrossRegionViewApi;
import io.dtmonitor.client.indicator.model.CrossRegionRow;
import io.dtmonitor.client.indicator.model.ProgrammeInForce;
import io.dtmonitor.client.programme.api.ProgrammeVersionsApi;
import io.dtmonitor.client.programme.api.ProgrammesApi;
import io.dtmonitor.client.programme.model.Programme;
import io.dtmonitor.client.programme.model.VersionStatus;
import io.dtmonitor.client.reporting.api.ReportingSchedulesApi;
import io.dtmonitor.e2e.RunningSuite.Service;
import io.dtmonitor.seed.Actor;
import io.dtmonitor.seed.Eventually;
import io.dtmonitor.seed.ServiceClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The CI-sized fault scenario: programmes are adopted one after another while the consumer
 * (indicator-service) and then the producer (programme-service) are killed with SIGKILL and
 * restarted. Afterwards every acknowledged adoption has reached both consumers (0 lost), every
 * adoption the producer holds has reached them exactly once, and nothing it does not hold has (a
 * write cut off by the crash emitted no event). The transactional outbox and the idempotent inbox
 * are what make this hold; the full-scale scenario is described in docs/reliability.md.
 */
@Order(7)
class CrashRecoveryTest {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private final String run = "Збій " + UUID.randomUUID().toString().substring(0, 8);
  private final ServiceClients clients = SeededSuite.clients();
  private final AdoptedProgrammes programmes = new AdoptedProgrammes(clients);
  private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();

  @Test
  void killedConsumerAndProducerLoseNothingAndDoubleNothing() throws Exception {
    for (int i = 0; i < 20; i++) {
      adopt(i);
      if (i == 6) {
        RunningSuite.get().killAndRestart(Service.INDICATOR);
      }
    }
    assertEquals(20, acknowledged.size(), "every adoption succeeds while only a consumer is down");

    AtomicBoolean writing = new AtomicBoolean(true);
    List<Exception> cutOff = new ArrayList<>();
    Thread writer =
        new Thread(
            () -> {
              for (int i = 20; writing.get() && i < 200; i++) {
                try {
                  adopt(i);
                } catch (Exception e) {
                  synchronized (cutOff) {
                    cutOff.add(e);
                  }
                  RunningSuite.sleep(Duration.ofMillis(100));
                }
              }
            });
    writer.start();
    RunningSuite.sleep(Duration.ofSeconds(2));
    RunningSuite.get().killAndRestart(Service.PROGRAMME);
    RunningSuite.sleep(Duration.ofSeconds(2));
    writing.set(false);
    writer.join();
    assertTrue(!cutOff.isEmpty(), "the crash cut some writes off");

    Set<UUID> adopted = adoptedInTheProducer();
    Set<UUID> lost = new HashSet<>(acknowledged);
    lost.removeAll(adopted);
    assertEquals(
        Set.of(),
        lost,
        "acknowledged adoptions the producer does not hold ("
            + adopted.size()
            + " adopted, "
            + acknowledged.size()
            + " acknowledged): "
            + describe(lost));
    Set<UUID> seenByIndicator =
        Eventually.retry(
            PATIENCE,
            Set.of(),
            () -> {
              Set<UUID> seen = inTheIndicatorView();
              if (!seen.equals(adopted)) {
                throw new AssertionError(
                    "indicator-service holds " + seen.size() + " of " + adopted.size());
              }
              return seen;
            });
    assertEquals(adopted, seenByIndicator);
    System.out.printf(
        "Crash run %s: %d adoptions acknowledged, %d requests cut off by the producer's crash,"
            + " %d adopted in the producer, %d in indicator-service's view%n",
        run, acknowledged.size(), cutOff.size(), adopted.size(), seenByIndicator.size());
    ReportingSchedulesApi schedules =
        new ReportingSchedulesApi(clients.reporting(Actor.POLTAVA_CDTO));
    for (UUID programme : adopted) {
      Eventually.retry(PATIENCE, Set.of(404), () -> schedules.getReportingSchedule(programme));
    }
  }

  private void adopt(int index) throws Exception {
    acknowledged.add(programmes.adopt(run + " #" + index));
  }

  private String describe(Set<UUID> programmes) throws Exception {
    ProgrammeVersionsApi versions = new ProgrammeVersionsApi(clients.programme(Actor.POLTAVA_CDTO));
    StringBuilder text = new StringBuilder();
    for (UUID programme : programmes) {
      text.append(programme)
          .append(' ')
          .append(versions.listVersions(programme).getItems())
          .append('\n');
    }
    return text.toString();
  }

  /** The producer's own truth after the crash: this run's programmes with an adopted version. */
  private Set<UUID> adoptedInTheProducer() throws Exception {
    ProgrammesApi programmes = new ProgrammesApi(clients.programme(Actor.POLTAVA_CDTO));
    ProgrammeVersionsApi versions = new ProgrammeVersionsApi(clients.programme(Actor.POLTAVA_CDTO));
    Set<UUID> adopted = new HashSet<>();
    String pageToken = null;
    do {
      var page = programmes.listProgrammes(100, pageToken, Caller.OWN_REGION, null, null);
      for (Programme programme : page.getItems()) {
        if (programme.getTitleUk().startsWith(run)
            && versions.listVersions(programme.getId()).getItems().stream()
                .anyMatch(version -> version.getStatus() == VersionStatus.ADOPTED)) {
          adopted.add(programme.getId());
        }
      }
      pageToken = page.getNextPageToken();
    } while (pageToken != null);
    return adopted;
  }

  private Set<UUID> inTheIndicatorView() throws Exception {
    CrossRegionRow poltava =
        new CrossRegionViewApi(clients.indicator(Actor.MINISTRY))
            .getCrossRegionView("2026", "UA").getRegions().stream()
                .filter(row -> Caller.OWN_REGION.equals(row.getRegionCode()))
                .findFirst()
                .orElseThrow();
    List<UUID> ours =
        poltava.getProgrammes().stream()
            .filter(programme -> programme.getTitleUk().startsWith(run))
            .map(ProgrammeInForce::getProgrammeId)
            .toList();
    Set<UUID> distinct = ours.stream().collect(Collectors.toSet());
    assertEquals(ours.size(), distinct.size(), "a programme appears twice in the view");
    return distinct;
  }
}
