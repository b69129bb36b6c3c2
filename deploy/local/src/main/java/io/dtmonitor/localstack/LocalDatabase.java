package io.dtmonitor.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The stack's PostgreSQL: embedded (zonky binaries, data kept in {@code .dtm/postgres/data} between
 * runs) unless {@code DTM_DB_URL} points at an external server.
 */
final class LocalDatabase implements AutoCloseable {

  static final int PORT = 15432;

  private final EmbeddedPostgres embedded;
  private final String jdbcUrl;
  private final String user;

  private LocalDatabase(EmbeddedPostgres embedded, String jdbcUrl, String user) {
    this.embedded = embedded;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
  }

  static LocalDatabase start(StackPaths paths) throws IOException {
    String external = System.getenv("DTM_DB_URL");
    if (external != null && !external.isBlank()) {
      String user = System.getenv().getOrDefault("DTM_DB_USER", "postgres");
      System.out.println("  PostgreSQL: external " + external);
      return new LocalDatabase(null, external, user);
    }
    Files.createDirectories(paths.postgresData());
    Files.createDirectories(paths.postgresBinaries());
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(paths.postgresData())
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(paths.postgresBinaries().toFile())
            .setRegisterShutdownHook(false)
            .setPort(PORT)
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "on")
            .start();
    System.out.println(
        "  PostgreSQL: embedded on 127.0.0.1:" + PORT + ", data in " + paths.postgresData());
    return new LocalDatabase(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres");
  }

  String jdbcUrl() {
    return jdbcUrl;
  }

  String user() {
    return user;
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      System.out.println("  stopping PostgreSQL");
      embedded.close();
    }
  }
}
