package io.dtmonitor.seed;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Retries a step that depends on another service having caught up through Kafka: what a write
 * causes elsewhere arrives a moment after the write's response. Only "not there yet" answers (the
 * given HTTP statuses, or an {@link AssertionError} from the step's own check) are retried, with a
 * growing pause; any other failure is thrown at once.
 */
public final class Eventually {

  private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

  private Eventually() {}

  public static <T> T retry(Duration patience, Set<Integer> notYet, Callable<T> step)
      throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    Duration pause = FIRST_PAUSE;
    while (true) {
      try {
        return step.call();
      } catch (Exception | AssertionError e) {
        if (!(e instanceof AssertionError) && !notYet.contains(statusOf(e))
            || System.nanoTime() + pause.toNanos() > deadline) {
          throw e;
        }
      }
      Thread.sleep(pause.toMillis());
      pause =
          pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0
              ? LONGEST_PAUSE
              : pause.multipliedBy(2);
    }
  }

  /** The HTTP status of a generated client's exception, or -1. */
  public static int statusOf(Throwable e) {
    if (e instanceof io.dtmonitor.client.programme.ApiException programme) {
      return programme.getCode();
    }
    if (e instanceof io.dtmonitor.client.reporting.ApiException reporting) {
      return reporting.getCode();
    }
    if (e instanceof io.dtmonitor.client.indicator.ApiException indicator) {
      return indicator.getCode();
    }
    return -1;
  }
}
