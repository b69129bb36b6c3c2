package io.dtmonitor.platform.outbox;

import io.dtmonitor.platform.events.MessagingConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the outbox relay is faring, as readiness and the metrics report it: since when it has failed
 * to publish (a failed pass, or a pass stuck longer than it should take, e.g. waiting for a broker
 * that does not answer), and how many events it published. Waiting idle for work is not failing.
 */
@ApplicationScoped
public class RelayStatus {

  private final Duration unhealthyAfter;
  private final Counter published;
  private final Clock clock = Clock.systemUTC();
  private volatile Instant passStartedAt;
  private volatile Instant failingSince;
  private volatile String lastFailure;

  public RelayStatus(MessagingConfig config, MeterRegistry registry) {
    this.unhealthyAfter = config.outbox().unhealthyAfter();
    this.published =
        Counter.builder("dtm.outbox.published")
            .description("Outbox rows the relay published to Kafka and marked published")
            .register(registry);
  }

  void passStarted() {
    passStartedAt = clock.instant();
  }

  void passSucceeded(int rows) {
    published.increment(rows);
    passStartedAt = null;
    failingSince = null;
    lastFailure = null;
  }

  void passFailed(Exception failure) {
    if (failingSince == null) {
      failingSince = passStartedAt == null ? clock.instant() : passStartedAt;
    }
    passStartedAt = null;
    lastFailure = failure.toString();
  }

  /** Since when the relay has not been able to publish, if it has not. */
  public Optional<Instant> failingSince() {
    Instant failing = failingSince;
    Instant started = passStartedAt;
    if (failing != null) {
      return Optional.of(failing);
    }
    return Optional.ofNullable(started)
        .filter(since -> Duration.between(since, clock.instant()).compareTo(unhealthyAfter) > 0);
  }

  /**
   * Whether it has failed to publish for longer than {@code dtm.messaging.outbox.unhealthy-after}.
   */
  public boolean unhealthy() {
    return failingSince()
        .map(since -> Duration.between(since, clock.instant()).compareTo(unhealthyAfter) > 0)
        .orElse(false);
  }

  public Optional<String> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }
}
