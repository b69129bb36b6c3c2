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
import javax.sql.DataSource;

/**
 * The outbox's backlog as gauges, read from the table at each scrape (through the partial index of
 * unpublished rows): how many rows wait, and how long the oldest has waited. A growing age means
 * events are not leaving the service, whatever the relay believes.
 */
@ApplicationScoped
public class OutboxBacklog {

  private final DataSource dataSource;

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
    return query(
        "select coalesce(extract(epoch from now() - min(occurred_at)), 0) from outbox"
            + " where published_at is null");
  }

  double unpublished() {
    return query("select count(*) from outbox where published_at is null");
  }

  private double query(String sql) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getDouble(1);
    } catch (SQLException e) {
      return Double.NaN;
    }
  }
}
