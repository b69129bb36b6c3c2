package io.dtmonitor.e2e;

import io.dtmonitor.client.indicator.model.CrossRegionView;
import io.dtmonitor.client.indicator.model.ObservationStatus;
import io.dtmonitor.client.indicator.model.RecordObservationRequest;
import io.dtmonitor.e2e.RunningSuite.Service;
import io.dtmonitor.seed.ServiceClients;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Writes across the three services at a fixed arrival rate until a number of them have been
 * acknowledged: the steps of many {@link ProgrammeChain}s (programme-service and reporting-service)
 * and, every tenth write, an indicator observation (indicator-service). The rate is kept whatever
 * the latency (open model): each service has its own pool of callers, so a frozen or restarting
 * service delays only its own writes, which queue until it answers. Each write goes to a replica of
 * its service picked at random, as a load balancer without health checks would send it; a write
 * refused by a dead replica is sent again after a pause, perhaps to the other one.
 *
 * <p>A prober meanwhile records, one after another, values of a series no other write touches
 * (Poltava's internet coverage of 2019) on one replica of indicator-service, and reads the
 * cross-region standings from the other right after each is acknowledged: a replica whose cached
 * standings predate the write would serve the previous value.
 */
final class FaultWorkload {

  private static final List<String> INDICATORS =
      List.of("INTERNET_COVERAGE", "DIGITAL_WORKPLACES_PER_COMMUNITY", "CNAP_COUNT");
  private static final int CALLERS_PER_SERVICE = 24;
  private static final int MAX_OPEN_CHAINS = 2_000;
  private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
  private static final String PROBED_INDICATOR = "INTERNET_COVERAGE";
  private static final String PROBED_PERIOD = "2019";
  private static final int TICKS_PER_PROBE = 20;

  private final List<WorkloadApis> replicas;
  private final Acknowledged acknowledged;
  private final int target;
  private final long tickNanos;
  private final Random random = new Random(7);
  private final Map<Service, ExecutorService> callers = new EnumMap<>(Service.class);
  private final Deque<Parked> parked = new ArrayDeque<>();
  private final AtomicInteger openChains = new AtomicInteger();
  private final AtomicInteger chainsStarted = new AtomicInteger();
  private final AtomicInteger chainsCompleted = new AtomicInteger();
  private final ExecutorService prober = Executors.newSingleThreadExecutor();
  private final AtomicBoolean probing = new AtomicBoolean();
  private int probes;
  private final String run;

  private record Parked(ProgrammeChain chain, long readyAt) {}

  FaultWorkload(
      List<ServiceClients> replicas,
      Acknowledged acknowledged,
      int target,
      int perSecond,
      String run) {
    this.replicas = replicas.stream().map(WorkloadApis::of).toList();
    this.acknowledged = acknowledged;
    this.target = target;
    this.tickNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
    this.run = run;
    for (Service service : Service.values()) {
      callers.put(service, Executors.newFixedThreadPool(CALLERS_PER_SERVICE));
    }
  }

  /**
   * Sends writes from {@code start} (System.nanoTime) until {@code target} are acknowledged and
   * {@code alsoUntil} holds, then waits for those in flight.
   */
  void run(long start, BooleanSupplier alsoUntil, Duration patience) throws InterruptedException {
    long deadline = start + patience.toNanos();
    try {
      for (long tick = 0; acknowledged.writes() < target || !alsoUntil.getAsBoolean(); tick++) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "only " + acknowledged.writes() + " of " + target + " writes within " + patience);
        }
        long due = start + tick * tickNanos;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        dispatch(tick);
      }
    } catch (InterruptedException | RuntimeException | Error e) {
      pools().forEach(ExecutorService::shutdownNow);
      throw e;
    }
    pools().forEach(ExecutorService::shutdown);
    for (ExecutorService pool : pools()) {
      if (!pool.awaitTermination(3, TimeUnit.MINUTES)) {
        pools().forEach(ExecutorService::shutdownNow);
        throw new AssertionError("writes still in flight three minutes after the last was sent");
      }
    }
  }

  private List<ExecutorService> pools() {
    List<ExecutorService> pools = new ArrayList<>(callers.values());
    pools.add(prober);
    return pools;
  }

  int chainsStarted() {
    return chainsStarted.get();
  }

  int chainsCompleted() {
    return chainsCompleted.get();
  }

  private void dispatch(long tick) {
    if (tick % TICKS_PER_PROBE == 0 && probing.compareAndSet(false, true)) {
      int probe = probes++;
      prober.execute(() -> probeStandings(probe));
    }
    if (tick % 10 == 9) {
      callers.get(Service.INDICATOR).execute(this::recordObservation);
      return;
    }
    ProgrammeChain chain = nextReadyChain();
    if (chain == null) {
      if (openChains.get() >= MAX_OPEN_CHAINS) {
        callers.get(Service.INDICATOR).execute(this::recordObservation);
        return;
      }
      chain = new ProgrammeChain(run + " #" + chainsStarted.incrementAndGet());
      openChains.incrementAndGet();
    }
    ProgrammeChain next = chain;
    callers.get(next.step().service).execute(() -> advance(next));
  }

  private void advance(ProgrammeChain chain) {
    int replica = randomReplica();
    CallFailure failure =
        chain.advance(
            replicas.get(replica), replicas.get((replica + 1) % replicas.size()), acknowledged);
    if (chain.step() == ProgrammeChain.Step.DONE) {
      openChains.decrementAndGet();
      chainsCompleted.incrementAndGet();
      return;
    }
    long pause = failure == null ? 0 : RETRY_PAUSE.toNanos();
    if (failure == CallFailure.REFUSED) {
      openChains.decrementAndGet();
      return;
    }
    synchronized (parked) {
      parked.addLast(new Parked(chain, System.nanoTime() + pause));
    }
  }

  private ProgrammeChain nextReadyChain() {
    long now = System.nanoTime();
    synchronized (parked) {
      for (var it = parked.iterator(); it.hasNext(); ) {
        Parked candidate = it.next();
        if (candidate.readyAt() <= now) {
          it.remove();
          return candidate.chain();
        }
      }
    }
    return null;
  }

  private void recordObservation() {
    String indicator;
    String period;
    String value;
    synchronized (random) {
      indicator = INDICATORS.get(random.nextInt(INDICATORS.size()));
      period = Integer.toString(2020 + random.nextInt(7));
      // A count is whole; a percentage or ratio has one decimal, on its 0-100 scale.
      value =
          indicator.equals("CNAP_COUNT")
              ? Integer.toString(random.nextInt(100))
              : random.nextInt(100) + "." + random.nextInt(10);
    }
    try {
      record(replicas.get(randomReplica()), indicator, period, value);
    } catch (Exception e) {
      acknowledged.failed(CallFailure.of(e, false), e, "observation");
    }
  }

  /** Records Poltava's FINAL value of an indicator and period; notes it once acknowledged. */
  private void record(WorkloadApis replica, String indicator, String period, String value)
      throws Exception {
    var observation =
        replica
            .observations()
            .recordObservation(
                new RecordObservationRequest()
                    .regionCode(Caller.OWN_REGION)
                    .indicatorCode(indicator)
                    .period(period)
                    .value(value)
                    .status(ObservationStatus.FINAL)
                    .sourceDocument(run));
    acknowledged.observations.add(observation.getId());
    acknowledged.ack(Service.INDICATOR);
  }

  private int randomReplica() {
    synchronized (random) {
      return random.nextInt(replicas.size());
    }
  }

  /**
   * Records the next value of the probed series on one replica and, once acknowledged, reads the
   * standings from the other. Failed calls (a replica or the database down) are skipped: only a
   * read answered after an acknowledged write is a finding.
   */
  private void probeStandings(int probe) {
    try {
      String value = (probe % 100) + "." + (probe % 10);
      WorkloadApis writer = replicas.get(probe % replicas.size());
      WorkloadApis reader = replicas.get((probe + 1) % replicas.size());
      record(writer, PROBED_INDICATOR, PROBED_PERIOD, value);
      CrossRegionView view =
          reader
              .crossRegion()
              .getCrossRegionView(PROBED_PERIOD, List.of(PROBED_INDICATOR), "UA", 100, null);
      acknowledged.standingsRead(decimal(value), decimal(servedValue(view)));
    } catch (Exception unanswered) {
      // Not a finding: the write was not acknowledged or the read not answered.
    } finally {
      probing.set(false);
    }
  }

  private static String servedValue(CrossRegionView view) {
    return view.getRegions().stream()
        .filter(row -> Caller.OWN_REGION.equals(row.getRegionCode()))
        .flatMap(row -> row.getIndicators().stream())
        .filter(value -> PROBED_INDICATOR.equals(value.getIndicatorCode()))
        .map(value -> value.getValue())
        .findFirst()
        .orElse("none");
  }

  private static String decimal(String value) {
    return "none".equals(value)
        ? value
        : new BigDecimal(value).stripTrailingZeros().toPlainString();
  }
}
