package io.dtmonitor.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The clock of the tests: set to the dates a scenario needs instead of the real now. */
@ApplicationScoped
public class TestClock extends Clock {

  private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  private volatile Instant now = Instant.now();

  /** Sets the time to a wall-clock time in Kyiv, e.g. {@code 2022-04-20T12:00}. */
  public void setKyiv(String localDateTime) {
    now = LocalDateTime.parse(localDateTime).atZone(KYIV).toInstant();
  }

  public void reset() {
    now = Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
