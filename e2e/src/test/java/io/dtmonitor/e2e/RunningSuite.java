package io.dtmonitor.e2e;

import io.dtmonitor.platform.testing.KafkaTestResource;
import io.dtmonitor.platform.testing.PostgresTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three services as a client meets them: each runs from its packaged fast-jar in its own JVM,
 * against a real PostgreSQL (one database, one schema per service), the real Kafka broker and the
 * OIDC test server whose key signs {@link io.dtmonitor.platform.testing.Tokens}. Started once per
 * test JVM and stopped when it exits; each service's log is kept in {@code target/e2e-logs}.
 */
final class RunningSuite {

  /** The services in start order, with the database schema each owns. */
  enum Service {
    PROGRAMME("programme-service", "programme"),
    REPORTING("reporting-service", "reporting"),
    INDICATOR("indicator-service", "indicator");

    final String module;
    final String schema;

    Service(String module, String schema) {
      this.module = module;
      this.schema = schema;
    }
  }

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
  private static RunningSuite instance;

  private final Map<Service, URI> baseUris = new LinkedHashMap<>();
  private static final Path REPOSITORY =
      Path.of(System.getProperty("dtm.repository", "..")).toAbsolutePath();
  private static final Path LOGS = REPOSITORY.resolve("e2e/target/e2e-logs");

  private Map<String, String> database;
  private String kafka;
  private String oidcUrl;
  private final Map<Service, Process> processes = new LinkedHashMap<>();

  private RunningSuite() {}

  static synchronized RunningSuite get() {
    if (instance == null) {
      RunningSuite suite = new RunningSuite();
      Runtime.getRuntime().addShutdownHook(new Thread(suite::stop, "e2e-suite-stop"));
      instance = suite;
      suite.start();
    }
    return instance;
  }

  URI baseUri(Service service) {
    return baseUris.get(service);
  }

  /** The process id of a running service, for measurements such as its resident memory. */
  long pid(Service service) {
    return processes.get(service).pid();
  }

  /** A JDBC connection to the database the services share (one schema each). */
  java.sql.Connection connect() throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection(
        database.get("quarkus.datasource.jdbc.url"),
        database.get("quarkus.datasource.username"),
        database.get("quarkus.datasource.password"));
  }

  private void start() {
    database = new PostgresTestResource().start();
    kafka = KafkaTestResource.bootstrapServers();
    oidcUrl = new OidcWiremockTestResource().start().get("keycloak.url") + "/realms/quarkus/";
    try {
      Files.createDirectories(LOGS);
      for (Service service : Service.values()) {
        baseUris.put(service, URI.create("http://127.0.0.1:" + freePort()));
        launch(service);
      }
    } catch (IOException e) {
      throw new IllegalStateException("The services could not be started", e);
    }
  }

  /**
   * Kills a service the hard way (SIGKILL: no shutdown hooks, no graceful close of consumers or
   * connections), then starts it again on the same port and waits until it is ready.
   */
  void killAndRestart(Service service) {
    Process process = processes.get(service);
    process.destroyForcibly();
    try {
      process.waitFor();
      launch(service);
    } catch (IOException e) {
      throw new IllegalStateException(service.module + " could not be restarted", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void launch(Service service) throws IOException {
    Path jar = REPOSITORY.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing; package the services first");
    }
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                jar.toString()));
    URI base = baseUris.get(service);
    builder
        .environment()
        .putAll(
            Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(base.getPort()),
                "DTM_DB_URL", database.get("quarkus.datasource.jdbc.url"),
                "DTM_DB_USER", database.get("quarkus.datasource.username"),
                "DTM_KAFKA_BOOTSTRAP", kafka,
                "DTM_OIDC_URL", oidcUrl));
    Path log = LOGS.resolve(service.module + ".log");
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    processes.put(service, builder.start());
    awaitReady(service, base.resolve("/q/health/ready"), log);
  }

  private void awaitReady(Service service, URI readiness, Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Process process = processes.get(service);
      if (!process.isAlive()) {
        throw new IllegalStateException(
            service.module + " exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(300));
    }
    throw new IllegalStateException(
        service.module + " was not ready within " + READY_TIMEOUT + "; see " + log);
  }

  private void stop() {
    processes.values().forEach(Process::destroy);
    for (Process process : processes.values()) {
      try {
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
