package io.dtmonitor.platform.testing;

import io.dtmonitor.platform.time.ServiceTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of every service's tests: it follows real time until a test sets it to the date a
 * scenario needs (deadlines, lateness), and follows real time again after {@link #reset}. As a bean
 * it replaces the services' default clock.
 */
@ApplicationScoped
public class TestClock extends Clock {

  private volatile Instant fixed;

  /** Sets the time to a wall-clock time in Kyiv, e.g. {@code 2022-04-20T12:00}. */
  public void setKyiv(String localDateTime) {
    fixed = LocalDateTime.parse(localDateTime).atZone(ServiceTime.KYIV).toInstant();
  }

  /** Follows real time again. */
  public void reset() {
    fixed = null;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    Instant at = fixed;
    return at == null ? Instant.now() : at;
  }
}
