package io.dtmonitor.platform.inbox;

import io.dtmonitor.platform.events.MessagingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;

/**
 * Judges the times consumed events report against real time on this host, allowing the skew between
 * hosts' clocks that {@code dtm.messaging.inbox.clock-skew} names. Real time, not the service's
 * {@link java.time.Clock}: nothing happened later than now, whatever date a test sets the service's
 * clock to for its deadlines.
 */
@ApplicationScoped
public class EventClock {

  private final MessagingConfig config;

  public EventClock(MessagingConfig config) {
    this.config = config;
  }

  /** Whether {@code time} is later than now plus the tolerated skew. */
  public boolean isAhead(TemporalAccessor time) {
    return Instant.from(time).isAfter(Instant.now().plus(config.inbox().clockSkew()));
  }
}
