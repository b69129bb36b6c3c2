package io.dtmonitor.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL for a test run, with a fresh database per run.
 *
 * <p>By default an embedded PostgreSQL (zonky binaries, which run as root where the system {@code
 * initdb} refuses) is started once per JVM. When {@code DTM_TEST_PG_URL} is set, e.g. {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}, that external server is used instead:
 * the fresh database is created there and dropped afterwards. The system property {@code
 * dtm.test.pg.settings} ({@code name=value,name=value}) sets server settings of the embedded
 * server, e.g. {@code track_commit_timestamp=on} for the benchmark.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  public static final String EXTERNAL_URL_ENV = "DTM_TEST_PG_URL";
  public static final String SETTINGS_PROPERTY = "dtm.test.pg.settings";

  private static EmbeddedPostgres embedded;

  private String adminUrl;
  private String database;

  @Override
  public Map<String, String> start() {
    adminUrl = adminUrl();
    database = "dtm_test_" + UUID.randomUUID().toString().replace("-", "");
    execute("create database " + database);
    String url = withDatabase(adminUrl, database);
    return Map.of(
        "quarkus.datasource.jdbc.url",
        url,
        "quarkus.datasource.username",
        user(adminUrl),
        "quarkus.datasource.password",
        "");
  }

  @Override
  public void stop() {
    if (database != null && externalUrl() != null) {
      execute("drop database if exists " + database + " with (force)");
    }
  }

  private static synchronized String adminUrl() {
    String external = externalUrl();
    if (external != null) {
      return external;
    }
    if (embedded == null) {
      try {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        for (String setting : System.getProperty(SETTINGS_PROPERTY, "").split(",")) {
          if (!setting.isBlank()) {
            String[] nameValue = setting.split("=", 2);
            builder.setServerConfig(nameValue[0].trim(), nameValue[1].trim());
          }
        }
        embedded = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestResource::closeEmbedded));
    }
    return embedded.getJdbcUrl("postgres", "postgres");
  }

  private static void closeEmbedded() {
    try {
      embedded.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String externalUrl() {
    String url = System.getenv(EXTERNAL_URL_ENV);
    return url == null || url.isBlank() ? null : url;
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(adminUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run '" + sql + "' on " + adminUrl, e);
    }
  }

  /** Replaces the database name in a {@code jdbc:postgresql://host:port/db?params} URL. */
  static String withDatabase(String url, String database) {
    int pathStart = url.indexOf('/', "jdbc:postgresql://".length());
    int query = url.indexOf('?');
    String prefix = url.substring(0, pathStart + 1);
    String params = query < 0 ? "" : url.substring(query);
    return prefix + database + params;
  }

  static String user(String url) {
    for (String param : url.substring(Math.max(0, url.indexOf('?') + 1)).split("&")) {
      if (param.startsWith("user=")) {
        return param.substring("user=".length());
      }
    }
    return "postgres";
  }
}
