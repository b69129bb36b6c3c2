package io.dtmonitor.platform.persistence;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Migrates the platform's tables (outbox, inbox, idempotency keys: {@code db/platform}, versions
 * 0.x) with a history of their own, {@code platform_schema_history}, right before the service's
 * Flyway migrates its own tables ({@code db/migration}, V1 and up) with {@code
 * flyway_schema_history}. Each history then runs strictly in order ({@code out-of-order} off): a
 * platform migration added later applies to a schema whose own migrations are far ahead, without
 * either history accepting a migration below its latest.
 *
 * <p>A schema migrated when both kinds shared {@code flyway_schema_history} is taken over once: the
 * platform's history starts at the latest 0.x version recorded there, and then those rows leave the
 * service's history. A session-level advisory lock per schema keeps two instances starting together
 * from adopting or migrating at the same time. The service's Flyway baselines at 0 when it finds
 * the platform's tables in a schema it has not migrated yet.
 */
@Singleton
public class PlatformMigrations implements FlywayConfigurationCustomizer {

  /** The history table of the platform's migrations, in each service's schema. */
  public static final String HISTORY = "platform_schema_history";

  private static final String LOCATION = "classpath:db/platform";

  @Override
  public void customize(FluentConfiguration service) {
    String schema =
        service.getDefaultSchema() != null ? service.getDefaultSchema() : service.getSchemas()[0];
    DataSource dataSource = service.getDataSource();
    try (Connection connection = dataSource.getConnection()) {
      lock(connection, schema, "pg_advisory_lock");
      try {
        String adopted = adopted(connection, schema, service.getTable());
        Flyway.configure(service.getClassLoader())
            .dataSource(dataSource)
            .schemas(schema)
            .defaultSchema(schema)
            .table(HISTORY)
            .locations(LOCATION)
            .baselineOnMigrate(true)
            .baselineVersion(adopted == null ? "0" : adopted)
            .baselineDescription("platform migrations applied before their own history")
            .load()
            .migrate();
        release(connection, schema, service.getTable());
      } finally {
        lock(connection, schema, "pg_advisory_unlock");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The platform's migrations could not run: " + e, e);
    }
    service.baselineOnMigrate(true).baselineVersion("0");
  }

  /**
   * The latest platform version recorded in a history both kinds shared, for a platform history not
   * created yet (its baseline); null when there is none to take over.
   */
  private static String adopted(Connection connection, String schema, String serviceHistory)
      throws SQLException {
    if (!exists(connection, schema, serviceHistory) || exists(connection, schema, HISTORY)) {
      return null;
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select version from "
                    + table(schema, serviceHistory)
                    + " where version like '0.%' and success"
                    + " order by string_to_array(version, '.')::int[] desc limit 1")) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  /**
   * Removes the platform's rows from the service's history once the platform's own history holds
   * them; done on every start, so that a start that stopped in between is completed by the next.
   */
  private static void release(Connection connection, String schema, String serviceHistory)
      throws SQLException {
    if (exists(connection, schema, serviceHistory)) {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "delete from " + table(schema, serviceHistory) + " where version like '0.%'");
      }
    }
  }

  private static String table(String schema, String table) {
    return quoted(schema) + "." + quoted(table);
  }

  private static boolean exists(Connection connection, String schema, String table)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select 1 from information_schema.tables where table_schema = ? and table_name = ?")) {
      query.setString(1, schema);
      query.setString(2, table);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void lock(Connection connection, String schema, String function)
      throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement(
            "select " + function + "(hashtext(? || '.platform-migrations'))")) {
      lock.setString(1, schema);
      lock.execute();
    }
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
