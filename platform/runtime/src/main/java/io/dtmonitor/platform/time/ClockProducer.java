package io.dtmonitor.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock services read the time from. Deadlines and lateness depend on it, so tests replace it
 * with a bean of their own instead of waiting for real dates.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @DefaultBean
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
