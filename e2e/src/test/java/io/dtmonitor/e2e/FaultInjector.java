package io.dtmonitor.e2e;

import io.dtmonitor.e2e.FaultPlan.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Carries out a plan's faults on the fault stack, one after another at their times, and keeps when
 * each part of the stack was down (from the fault until it was serving again), so that what
 * happened during an outage can be told apart afterwards.
 */
final class FaultInjector implements Runnable {

  /** One fault as it happened, {@code what} it struck; times are System.nanoTime. */
  record Outage(FaultPlan.Kind kind, String what, long from, long until) {
    double seconds() {
      return (until - from) / 1e9;
    }

    boolean covers(long at) {
      return at >= from && at <= until;
    }
  }

  private final FaultStack stack;
  private final List<Fault> faults;
  private final long start;
  private final List<Outage> outages = new CopyOnWriteArrayList<>();
  private volatile boolean done;
  private volatile RuntimeException failure;

  FaultInjector(FaultStack stack, List<Fault> faults, long start) {
    this.stack = stack;
    this.faults = faults;
    this.start = start;
  }

  @Override
  public void run() {
    try {
      for (Fault fault : faults) {
        long wait = start + fault.at().toNanos() - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        long from = System.nanoTime();
        String what = inflict(fault);
        outages.add(new Outage(fault.kind(), what, from, System.nanoTime()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      failure = new UncheckedIOException(e);
    } catch (RuntimeException e) {
      failure = e;
    } catch (Exception e) {
      failure = new IllegalStateException(e);
    } finally {
      done = true;
    }
  }

  /** Carries out a fault and waits until the part it struck serves again; says what it struck. */
  private String inflict(Fault fault) throws Exception {
    switch (fault.kind()) {
      case BROKER_CRASH -> {
        KafkaCluster.Node leader = stack.kafka.leaderOfBusiestPartition(FaultAudit.TOPICS);
        leader.kill();
        RunningSuite.sleep(fault.duration());
        leader.restart();
        return "Kafka node " + leader.id;
      }
      case REPLICA_CRASH -> {
        stack.services.kill(fault.target());
        RunningSuite.sleep(fault.duration());
        stack.services.relaunch(fault.target());
        return fault.target().toString();
      }
      case REPLICA_FREEZE -> {
        stack.services.freeze(fault.target());
        RunningSuite.sleep(fault.duration());
        stack.services.thaw(fault.target());
        return fault.target().toString();
      }
      case DATABASE_CRASH -> {
        stack.postgres.stopImmediately();
        RunningSuite.sleep(fault.duration());
        stack.postgres.restart();
        return "PostgreSQL";
      }
    }
    throw new IllegalArgumentException(fault.kind().toString());
  }

  boolean done() {
    return done;
  }

  /** The outages so far; rethrows a fault that could not be carried out. */
  List<Outage> outages() {
    if (failure != null) {
      throw failure;
    }
    return List.copyOf(outages);
  }
}
