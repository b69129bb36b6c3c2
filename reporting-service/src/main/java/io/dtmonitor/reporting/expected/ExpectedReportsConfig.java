package io.dtmonitor.reporting.expected;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;

/** From when reports are expected of every programme in force. */
@ConfigMapping(prefix = "dtm.reporting.expected")
public interface ExpectedReportsConfig {

  /**
   * Periods due before this date are expected only where a report of them exists: the monitoring
   * started then, and a programme adopted earlier was not reported through it. From this date on,
   * every period the schedule asks for is expected, and the overdue check opens and marks those
   * nobody started.
   */
  @WithDefault("2026-01-01")
  LocalDate from();
}
