package io.dtmonitor.e2e;

import io.dtmonitor.e2e.RunningSuite.Service;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client's side of the fault scenario: every write a service answered with 2xx (what the
 * service promised to keep), and every write that failed, by what the failure left uncertain. The
 * audit compares these promises with what each service and each projection ends up holding.
 */
final class Acknowledged {

  /** One adopted version of a programme. */
  record Adoption(UUID programmeId, int number) {}

  /** When (System.nanoTime) which service acknowledged a write. */
  record Ack(Service service, long at) {}

  final Set<UUID> programmes = ConcurrentHashMap.newKeySet();
  final Set<Adoption> adoptions = ConcurrentHashMap.newKeySet();
  final Map<UUID, String> reportStatus = new ConcurrentHashMap<>();
  final Set<UUID> observations = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
  private final Map<CallFailure, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
  private final AtomicInteger serverErrors = new AtomicInteger();
  private final AtomicInteger keysReplayed = new AtomicInteger();
  private final ConcurrentLinkedQueue<String> replaysAnsweredDifferently =
      new ConcurrentLinkedQueue<>();
  private final AtomicInteger standingsRead = new AtomicInteger();
  private final ConcurrentLinkedQueue<String> staleStandings = new ConcurrentLinkedQueue<>();

  /**
   * A keyed write sent again to another replica answered {@code replayed}, where the first answer
   * was {@code first}.
   */
  void replayed(String key, Object first, Object replayed) {
    keysReplayed.incrementAndGet();
    if (!first.equals(replayed)) {
      replaysAnsweredDifferently.add(key + ": " + first + " then " + replayed);
    }
  }

  /**
   * A read of the cross-region standings, after {@code acknowledged} had been acknowledged, found
   * {@code served}; another value means a replica served standings older than the write.
   */
  void standingsRead(String acknowledgedValue, String served) {
    standingsRead.incrementAndGet();
    if (!acknowledgedValue.equals(served)) {
      staleStandings.add(acknowledgedValue + " acknowledged, " + served + " served");
    }
  }

  int keysReplayed() {
    return keysReplayed.get();
  }

  List<String> replaysAnsweredDifferently() {
    return List.copyOf(replaysAnsweredDifferently);
  }

  int standingsRead() {
    return standingsRead.get();
  }

  List<String> staleStandings() {
    return List.copyOf(staleStandings);
  }

  void ack(Service service) {
    acks.add(new Ack(service, System.nanoTime()));
  }

  void failed(CallFailure failure, Throwable cause, String step) {
    failures.computeIfAbsent(failure, ignored -> new AtomicInteger()).incrementAndGet();
    int status = Math.max(0, io.dtmonitor.seed.Eventually.statusOf(cause));
    if (status >= 500 && status != 503) {
      serverErrors.incrementAndGet();
    }
    if (failure == CallFailure.REFUSED) {
      refusals.add(step + ": " + cause);
    }
  }

  int writes() {
    return acks.size();
  }

  List<Ack> acks() {
    return List.copyOf(acks);
  }

  int failures(CallFailure failure) {
    AtomicInteger count = failures.get(failure);
    return count == null ? 0 : count.get();
  }

  /** 5xx answers other than 503 (the database is out of reach, nothing was written). */
  int serverErrors() {
    return serverErrors.get();
  }

  List<String> refusals() {
    return List.copyOf(refusals);
  }
}
