package io.dtmonitor.e2e;

import io.dtmonitor.e2e.FaultPlan.Fault;
import io.dtmonitor.e2e.RunningSuite.Service;
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

  /** One fault as it happened; times are System.nanoTime. */
  record Outage(FaultPlan.Kind kind, long from, long until) {
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
        inflict(fault);
        outages.add(new Outage(fault.kind(), from, System.nanoTime()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      failure = new UncheckedIOException(e);
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      done = true;
    }
  }

  private void inflict(Fault fault) throws IOException {
    switch (fault.kind()) {
      case BROKER_CRASH -> {
        stack.broker.kill();
        RunningSuite.sleep(fault.duration());
        stack.broker.restart();
      }
      case PRODUCER_CRASH -> stack.services.killAndRestart(Service.PROGRAMME);
      case CONSUMER_CRASH -> stack.services.killAndRestart(Service.INDICATOR);
      case CONSUMER_FREEZE -> {
        stack.services.freeze(Service.INDICATOR);
        RunningSuite.sleep(fault.duration());
        stack.services.thaw(Service.INDICATOR);
      }
      case DATABASE_CRASH -> {
        stack.postgres.stopImmediately();
        RunningSuite.sleep(fault.duration());
        stack.postgres.restart();
      }
    }
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
