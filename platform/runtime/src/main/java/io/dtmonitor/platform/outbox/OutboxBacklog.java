package io.dtmonitor.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The outbox's backlog as gauges, read from the table at each scrape (through the partial index of
 * unpublished rows): how many rows wait, and how long the oldest has waited. A growing age means
 * events are not leaving the service, whatever the relay believes. Both gauges are read in one
 * query, kept for a second, so a scrape costs one statement.
 */
@ApplicationScoped
public class OutboxBacklog {

  private static final Duration FRESH_FOR = Duration.ofSeconds(1);

  private final DataSource dataSource;
  private volatile Reading last = new Reading(Double.NaN, Double.NaN, 0);

  /** One read of the backlog; {@code at} is System.nanoTime. */
  private record Reading(double unpublished, double oldestAgeSeconds, long at) {}

  public OutboxBacklog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void register(@Observes StartupEvent event, MeterRegistry registry) {
    Gauge.builder("dtm.outbox.oldest.unpublished.age", this, OutboxBacklog::oldestAgeSeconds)
        .description("How long the oldest unpublished outbox row has waited; 0 when none waits")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("dtm.outbox.unpublished", this, OutboxBacklog::unpublished)
        .description("Outbox rows not yet published")
        .register(registry);
  }

  double oldestAgeSeconds() {
    return reading().oldestAgeSeconds();
  }

  double unpublished() {
    return reading().unpublished();
  }

  private Reading reading() {
    Reading reading = last;
    if (System.nanoTime() - reading.at() > FRESH_FOR.toNanos()) {
      reading = read();
      last = reading;
    }
    return reading;
  }

  private Reading read() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)"
                    + " from outbox where published_at is null");
        ResultSet result = statement.executeQuery()) {
      result.next();
      return new Reading(result.getDouble(1), result.getDouble(2), System.nanoTime());
    } catch (SQLException e) {
      return new Reading(Double.NaN, Double.NaN, System.nanoTime());
    }
  }
}
