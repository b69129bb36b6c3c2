package io.dtmonitor.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of its own that the fault scenario can crash: the zonky binaries, with fsync
 * and synchronous commit on (a crash loses nothing that was acknowledged), stopped with {@code
 * pg_ctl stop -m immediate} (every backend quits at once, no checkpoint, and the restart runs crash
 * recovery from the WAL), then started again with {@code pg_ctl start} on the same port and data.
 * PostgreSQL refuses to run as root, which CI is; like zonky, the commands then run in a user
 * namespace of their own ({@code unshare -U}), where the caller is not root.
 */
final class PostgresProcess implements AutoCloseable {

  static final String DATABASE = "dtm";

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

  private final EmbeddedPostgres embedded;
  private final Path data;
  private final Path pgCtl;
  private final String serverOptions;
  private final Path log;

  private PostgresProcess(EmbeddedPostgres embedded, Path data, Path log) throws IOException {
    this.embedded = embedded;
    this.data = data;
    this.log = log;
    List<String> postmaster = postmasterCommandLine(data);
    this.pgCtl = Path.of(postmaster.get(0)).resolveSibling("pg_ctl");
    int options = postmaster.indexOf(data.toString()) + 1;
    this.serverOptions = String.join(" ", postmaster.subList(options, postmaster.size()));
  }

  /**
   * Starts a fresh server with its data in {@code directory} and creates the services' database.
   */
  static PostgresProcess start(Path directory) throws IOException {
    Path data = directory.resolve("data");
    Files.createDirectories(data);
    EmbeddedPostgres embedded =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(true)
            .setRegisterShutdownHook(false)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .start();
    PostgresProcess postgres = new PostgresProcess(embedded, data, directory.resolve("server.log"));
    postgres.execute("postgres", "create database " + DATABASE);
    return postgres;
  }

  /** The {@code quarkus.datasource.*} settings of the services' database. */
  Map<String, String> datasource() {
    return Map.of(
        "quarkus.datasource.jdbc.url", embedded.getJdbcUrl("postgres", DATABASE),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "");
  }

  /** A server setting as the running server reports it, e.g. {@code fsync}. */
  String setting(String name) throws SQLException {
    try (Connection connection = connect(DATABASE);
        Statement statement = connection.createStatement();
        var result = statement.executeQuery("show " + name)) {
      result.next();
      return result.getString(1);
    }
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(embedded.getJdbcUrl("postgres", database));
  }

  /** {@code pg_ctl stop -m immediate}: the postmaster and every backend quit at once. */
  void stopImmediately() throws IOException {
    pgCtl("stop", "-m", "immediate", "-w");
  }

  /** {@code pg_ctl start} on the same data and options; returns once it accepts connections. */
  void restart() throws IOException {
    pgCtl("start", "-w", "-t", "120", "-l", log.toString(), "-o", serverOptions);
  }

  private void pgCtl(String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.addAll(List.of(pgCtl.toString(), "-D", data.toString()));
    command.addAll(Arrays.asList(arguments));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      if (!process.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
          || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " failed; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private void execute(String database, String sql) throws IOException {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IOException("Could not run '" + sql + "'", e);
    }
  }

  /**
   * The postmaster's own command line, read from /proc: its binary and the options it runs with.
   */
  private static List<String> postmasterCommandLine(Path data) throws IOException {
    String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim();
    byte[] raw = Files.readAllBytes(Path.of("/proc", pid, "cmdline"));
    return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
  }

  /** {@code pg_ctl stop -m fast}. */
  @Override
  public void close() throws IOException {
    pgCtl("stop", "-m", "fast", "-w");
  }
}
