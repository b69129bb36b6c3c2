package io.dtmonitor.e2e;

import io.dtmonitor.e2e.RunningSuite.Instance;
import io.dtmonitor.e2e.RunningSuite.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many writes the fault scenario sends, how fast, and which faults strike when (from the start
 * of the writes). {@link #ci()} is the size that runs in {@code ./mvnw verify}; {@link #full()} is
 * the scenario of docs/reliability.md, run by {@code reliability/run.sh}. Both strike every kind of
 * fault; the full plan strikes more often into more traffic.
 */
record FaultPlan(String name, int writes, int perSecond, List<Fault> faults) {

  /** What is done to which part of the stack. */
  enum Kind {
    /**
     * SIGKILL of the Kafka node leading the busiest partition, restarted after {@code duration};
     * the other two keep every partition writable ({@code min.insync.replicas=2}).
     */
    BROKER_CRASH,
    /** SIGKILL of one replica of a service, restarted after {@code duration}. */
    REPLICA_CRASH,
    /**
     * SIGSTOP of one replica of a consumer for {@code duration}, longer than its session timeout.
     */
    REPLICA_FREEZE,
    /** {@code pg_ctl stop -m immediate}, restarted after {@code duration}. */
    DATABASE_CRASH
  }

  /** A fault; {@code target} is the replica a REPLICA_ fault strikes, null for the others. */
  record Fault(Duration at, Kind kind, Instance target, Duration duration) {}

  /**
   * Fewer writes, each fault once but the broker crash: the leader of the busiest partition killed
   * twice briefly and once for longer than {@link KafkaCluster#SEGMENT_ROLL}.
   */
  static FaultPlan ci() {
    List<Fault> faults = new ArrayList<>();
    faults.add(broker(3, 3));
    faults.add(replicaCrash(8, Service.INDICATOR, 1, 2));
    faults.add(broker(12, 3));
    faults.add(replicaCrash(15, Service.PROGRAMME, 0, 2));
    faults.add(database(18, 3));
    faults.add(replicaCrash(22, Service.REPORTING, 1, 2));
    faults.add(broker(25, 12));
    faults.add(freeze(40, Service.INDICATOR, 0, 14));
    return new FaultPlan("CI", 500, 25, sorted(faults));
  }

  /**
   * 10,000 writes at 50/s; a broker is killed every 30 s while they run (one of them down for 25
   * s), one replica of each service is killed and restarted, a consumer replica is frozen for 20 s,
   * and PostgreSQL is stopped the hard way. At 100/s, the rate of the one-replica stack, six
   * service JVMs and three brokers saturate a two-core machine (load average 50, restarts over 100
   * s).
   */
  static FaultPlan full() {
    List<Fault> faults = new ArrayList<>();
    for (int second = 15; second < 120; second += 30) {
      faults.add(broker(second, second == 75 ? 25 : 5));
    }
    faults.add(replicaCrash(25, Service.PROGRAMME, 0, 5));
    faults.add(replicaCrash(40, Service.REPORTING, 1, 5));
    faults.add(freeze(55, Service.INDICATOR, 0, 20));
    faults.add(replicaCrash(70, Service.INDICATOR, 1, 5));
    faults.add(database(90, 5));
    return new FaultPlan("full", 10_000, 50, sorted(faults));
  }

  /** {@code -Ddtm.faults.plan=full} selects the full plan; CI size otherwise. */
  static FaultPlan selected() {
    return "full".equals(System.getProperty("dtm.faults.plan")) ? full() : ci();
  }

  private static Fault broker(int at, int downFor) {
    return new Fault(seconds(at), Kind.BROKER_CRASH, null, seconds(downFor));
  }

  private static Fault replicaCrash(int at, Service service, int replica, int downFor) {
    return new Fault(
        seconds(at), Kind.REPLICA_CRASH, new Instance(service, replica), seconds(downFor));
  }

  private static Fault freeze(int at, Service service, int replica, int frozenFor) {
    return new Fault(
        seconds(at), Kind.REPLICA_FREEZE, new Instance(service, replica), seconds(frozenFor));
  }

  private static Fault database(int at, int downFor) {
    return new Fault(seconds(at), Kind.DATABASE_CRASH, null, seconds(downFor));
  }

  private static Duration seconds(int seconds) {
    return Duration.ofSeconds(seconds);
  }

  private static List<Fault> sorted(List<Fault> faults) {
    faults.sort(Comparator.comparing(Fault::at));
    return List.copyOf(faults);
  }
}
