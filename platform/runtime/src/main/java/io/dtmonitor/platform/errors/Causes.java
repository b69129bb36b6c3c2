package io.dtmonitor.platform.errors;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks through everything a failure carries: frameworks wrap the exception that tells what
 * happened several times over, and transaction managers attach it as a suppressed exception.
 */
public final class Causes {

  private Causes() {}

  /**
   * Whether the failure, a cause along its chain or anything suppressed along it passes the test.
   */
  public static boolean any(Throwable failure, Predicate<Throwable> test) {
    Deque<Throwable> pending = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    pending.push(failure);
    while (!pending.isEmpty()) {
      Throwable cause = pending.pop();
      if (!seen.add(cause)) {
        continue;
      }
      if (test.test(cause)) {
        return true;
      }
      if (cause.getCause() != null) {
        pending.push(cause.getCause());
      }
      for (Throwable suppressed : cause.getSuppressed()) {
        pending.push(suppressed);
      }
    }
    return false;
  }
}
