package io.dtmonitor.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How many writes the fault scenario sends, how fast, and which faults strike when (from the start
 * of the writes). {@link #ci()} is the size that runs in {@code ./mvnw verify}; {@link #full()} is
 * the scenario of docs/reliability.md, run by {@code reliability/run.sh}.
 */
record FaultPlan(String name, int writes, int perSecond, List<Fault> faults) {

  /** What is done to which part of the stack. */
  enum Kind {
    /** SIGKILL of the broker, restarted after {@code duration}. */
    BROKER_CRASH,
    /** SIGKILL of programme-service, the producer of programme events, restarted at once. */
    PRODUCER_CRASH,
    /** SIGKILL of indicator-service, a consumer, restarted at once. */
    CONSUMER_CRASH,
    /** SIGSTOP of indicator-service for {@code duration}, longer than its session timeout. */
    CONSUMER_FREEZE,
    /** {@code pg_ctl stop -m immediate}, restarted after {@code duration}. */
    DATABASE_CRASH
  }

  record Fault(Duration at, Kind kind, Duration duration) {}

  /** Fewer writes, one broker crash, one consumer crash and one database crash. */
  static FaultPlan ci() {
    return new FaultPlan(
        "CI",
        500,
        25,
        List.of(
            new Fault(Duration.ofSeconds(3), Kind.BROKER_CRASH, Duration.ofSeconds(3)),
            new Fault(Duration.ofSeconds(8), Kind.CONSUMER_CRASH, Duration.ZERO),
            new Fault(Duration.ofSeconds(12), Kind.DATABASE_CRASH, Duration.ofSeconds(3))));
  }

  /**
   * 10,000 writes at 100/s; the broker is killed every 30 s while they run, one service is killed,
   * a consumer is frozen for 20 s, and PostgreSQL is stopped the hard way.
   */
  static FaultPlan full() {
    List<Fault> faults = new ArrayList<>();
    for (int second = 15; second < 120; second += 30) {
      faults.add(new Fault(Duration.ofSeconds(second), Kind.BROKER_CRASH, Duration.ofSeconds(5)));
    }
    faults.add(new Fault(Duration.ofSeconds(25), Kind.PRODUCER_CRASH, Duration.ZERO));
    faults.add(new Fault(Duration.ofSeconds(55), Kind.CONSUMER_FREEZE, Duration.ofSeconds(20)));
    faults.add(new Fault(Duration.ofSeconds(90), Kind.DATABASE_CRASH, Duration.ofSeconds(5)));
    faults.sort(java.util.Comparator.comparing(Fault::at));
    return new FaultPlan("full", 10_000, 100, List.copyOf(faults));
  }

  /** {@code -Ddtm.faults.plan=full} selects the full plan; CI size otherwise. */
  static FaultPlan selected() {
    return "full".equals(System.getProperty("dtm.faults.plan")) ? full() : ci();
  }
}
