package io.dtmonitor.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The platform's migrations and a service's run each in order in a history of their own: on a fresh
 * schema, and on a schema migrated when both shared {@code flyway_schema_history} (the platform's
 * rows move to {@code platform_schema_history}, and the platform migrations added since apply
 * although the service's history is ahead of them). {@code db/probe} plays the service.
 */
@QuarkusTest
class PlatformMigrationsTest {

  private static final String PLATFORM = "classpath:db/platform";
  private static final String SERVICE = "classpath:db/probe";

  @Inject DataSource dataSource;

  @Test
  void aFreshSchemaGetsBothHistoriesEachInOrder() throws Exception {
    String schema = "migrations_fresh";
    migrateAsAService(schema);

    assertEquals(List.of("0.1", "0.2", "0.3", "0.4"), versions(schema, PlatformMigrations.HISTORY));
    assertEquals(List.of("0", "1"), versions(schema, "flyway_schema_history"));
    assertTrue(hasColumn(schema, "outbox", "trace_parent"));

    migrateAsAService(schema);
    assertEquals(List.of("0", "1"), versions(schema, "flyway_schema_history"), "nothing twice");
  }

  @Test
  void aSchemaOfTheSharedHistoryIsTakenOverAndGetsTheNewPlatformMigrations() throws Exception {
    String schema = "migrations_shared";
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .locations(PLATFORM, SERVICE)
        .target("1")
        .load()
        .migrate();
    execute(
        "delete from "
            + schema
            + ".flyway_schema_history where version in ('0.3', '0.4');"
            + " alter table "
            + schema
            + ".outbox drop column trace_parent, drop column trace_state;"
            + " drop table "
            + schema
            + ".audit_record; drop function "
            + schema
            + ".audit_record_is_append_only()");
    assertEquals(List.of("0.1", "0.2", "1"), versions(schema, "flyway_schema_history"));

    migrateAsAService(schema);

    assertEquals(List.of("0.2", "0.3", "0.4"), versions(schema, PlatformMigrations.HISTORY));
    assertEquals(List.of("1"), versions(schema, "flyway_schema_history"));
    assertTrue(hasColumn(schema, "outbox", "trace_parent"), "0.3 applied after the service's 1");
    assertTrue(hasColumn(schema, "audit_record", "patch"), "0.4 applied after the service's 1");
  }

  /** What a service's start does: the platform's customizer, then the service's Flyway. */
  private void migrateAsAService(String schema) {
    FluentConfiguration service =
        Flyway.configure()
            .dataSource(dataSource)
            .schemas(schema)
            .defaultSchema(schema)
            .locations(SERVICE);
    new PlatformMigrations().customize(service);
    service.load().migrate();
  }

  private List<String> versions(String schema, String history) throws SQLException {
    return firstColumn(
        "select version from "
            + schema
            + "."
            + history
            + " where version is not null and type <> 'SCHEMA' order by installed_rank");
  }

  private boolean hasColumn(String schema, String table, String column) throws SQLException {
    return !firstColumn(
            "select column_name from information_schema.columns where table_schema = '"
                + schema
                + "' and table_name = '"
                + table
                + "' and column_name = '"
                + column
                + "'")
        .isEmpty();
  }

  private List<String> firstColumn(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
