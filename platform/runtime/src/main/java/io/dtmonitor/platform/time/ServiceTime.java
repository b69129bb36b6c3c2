package io.dtmonitor.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The time as the services store and reason about it: moments to the microsecond, because
 * PostgreSQL keeps no more and a value read back must equal the one written (ETags, change tokens);
 * calendar days in Kyiv, where programmes are adopted and deadlines fall.
 */
public final class ServiceTime {

  /** The zone of the programmes' calendar days. */
  public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  private ServiceTime() {}

  /** The current moment of {@code clock} as it will be stored. */
  public static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** The current calendar day in Kyiv. */
  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), KYIV);
  }
}
