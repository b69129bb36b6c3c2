package io.dtmonitor.e2e;

import io.dtmonitor.platform.testing.KafkaTestResource;
import io.dtmonitor.platform.testing.PostgresTestResource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The three services as a client meets them: each runs from its packaged fast-jar in its own JVM,
 * against a real PostgreSQL (one database, one schema per service), a real Kafka broker and the
 * OIDC test server whose key signs {@link io.dtmonitor.platform.testing.Tokens}.
 *
 * <p>{@link #get()} is the suite most tests share: started once per test JVM on the embedded
 * PostgreSQL and the in-process broker, stopped when the JVM exits. The fault scenario builds its
 * own with {@link #start(Infrastructure, Path)}, on a database and a broker it can kill.
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

  /**
   * What the services run against.
   *
   * @param database the JDBC url, user and password (the {@code quarkus.datasource.*} keys)
   * @param kafka the environment a service needs to reach the broker ({@code DTM_KAFKA_*}), by the
   *     service's name, which is also its Kafka user
   * @param jvmOptions extra options for every service JVM, e.g. {@code -Dkafka.session.timeout.ms}
   */
  record Infrastructure(
      Map<String, String> database,
      Function<String, Map<String, String>> kafka,
      List<String> jvmOptions) {}

  /**
   * The CPUs the service JVMs are pinned to ({@code taskset -c}), e.g. {@code 0}, so that the
   * benchmark's load generator can run on the others; unset, they run anywhere.
   */
  static final String SERVICE_CPUS = "dtm.services.cpus";

  /**
   * When true, each service starts with the AppCDS archive its build made ({@code
   * -Dquarkus.package.jar.appcds.enabled=true}), if there is one.
   */
  static final String SERVICE_APPCDS = "dtm.services.appcds";

  /**
   * The JDK the services run on (its home directory), e.g. a newer one than the build's; unset, the
   * JDK running the tests. The services are compiled for Java 17 either way.
   */
  static final String SERVICE_JDK = "dtm.services.jdk";

  /** Extra options for every service JVM, separated by spaces, e.g. {@code -XX:+UseSerialGC}. */
  static final String SERVICE_JVM_OPTIONS = "dtm.services.jvm-options";

  /**
   * When true (JDK 24 or later), each service starts with an AOT cache ({@code -XX:AOTCache}, JEP
   * 483 and 515): made once per build (a cache older than the jar is made again) by a training run
   * that starts the service, waits until it is ready, reads a little and stops it.
   */
  static final String SERVICE_AOT = "dtm.services.aot";

  private static final String AOT_CACHE = "app.aot";

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
  private static final Random RANDOM_PORTS = new Random();
  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
  static final Path REPOSITORY =
      Path.of(System.getProperty("dtm.repository", "..")).toAbsolutePath();
  private static RunningSuite shared;

  private final Infrastructure infrastructure;
  private final Path logs;
  private final Map<Service, URI> baseUris = new LinkedHashMap<>();
  private final Map<Service, URI> managementUris = new LinkedHashMap<>();
  private final Map<Service, Process> processes = new LinkedHashMap<>();

  private RunningSuite(Infrastructure infrastructure, Path logs) {
    this.infrastructure = infrastructure;
    this.logs = logs;
  }

  /** The suite the tests share. */
  static synchronized RunningSuite get() {
    if (shared == null) {
      Infrastructure infrastructure =
          new Infrastructure(
              new PostgresTestResource().start(), KafkaTestResource::serviceEnvironment, List.of());
      shared = start(infrastructure, REPOSITORY.resolve("e2e/target/e2e-logs"));
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "e2e-suite-stop"));
    }
    return shared;
  }

  /** Starts the three services, one after another, each on a free port; logs go to {@code logs}. */
  static RunningSuite start(Infrastructure infrastructure, Path logs) {
    RunningSuite suite = new RunningSuite(infrastructure, logs);
    try {
      Files.createDirectories(logs);
      for (Service service : Service.values()) {
        Files.deleteIfExists(suite.log(service));
      }
      for (Service service : Service.values()) {
        suite.baseUris.put(service, URI.create("http://127.0.0.1:" + freePort()));
        suite.managementUris.put(service, URI.create("http://127.0.0.1:" + freePort()));
        suite.launch(service);
      }
    } catch (IOException | RuntimeException e) {
      suite.stop();
      throw new IllegalStateException("The services could not be started", e);
    }
    return suite;
  }

  URI baseUri(Service service) {
    return baseUris.get(service);
  }

  /** The console output of a service in this run, as a cluster's log collector would read it. */
  Path log(Service service) {
    return logs.resolve(service.module + ".log");
  }

  /** Where a service answers health and metrics (its management interface). */
  URI managementUri(Service service) {
    return managementUris.get(service);
  }

  /** The process id of a running service, for measurements such as its resident memory. */
  long pid(Service service) {
    return processes.get(service).pid();
  }

  /** A service's resident memory (VmRSS) in kB; 0 when its process is gone. */
  long rssKb(Service service) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid(service) + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException processGone) {
      // 0: the figure shows the process did not survive
    }
    return 0;
  }

  /** A JDBC connection to the database the services share (one schema each). */
  java.sql.Connection connect() throws java.sql.SQLException {
    Map<String, String> database = infrastructure.database();
    return java.sql.DriverManager.getConnection(
        database.get("quarkus.datasource.jdbc.url"),
        database.get("quarkus.datasource.username"),
        database.get("quarkus.datasource.password"));
  }

  /**
   * Kills a service the hard way (SIGKILL: no shutdown hooks, no graceful close of consumers or
   * connections), then starts it again on the same port and waits until it is ready.
   */
  void killAndRestart(Service service) {
    kill(service);
    relaunch(service);
  }

  void kill(Service service) {
    kill(processes.get(service));
  }

  /** SIGKILL, and waits until the process is gone. */
  static void kill(Process process) {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts a service again on its port and waits until it is ready. */
  void relaunch(Service service) {
    try {
      launch(service);
    } catch (IOException e) {
      throw new IllegalStateException(service.module + " could not be restarted", e);
    }
  }

  /** SIGSTOP: the process keeps its sockets but runs no thread, heartbeats included. */
  void freeze(Service service) {
    signal(service, "STOP");
  }

  /** SIGCONT after {@link #freeze}. */
  void thaw(Service service) {
    signal(service, "CONT");
  }

  private void signal(Service service, String signal) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + signal, Long.toString(pid(service))).inheritIO().start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -" + signal + " " + service.module + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
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
    Path aotCache = jar.resolveSibling(AOT_CACHE);
    boolean aot = Boolean.getBoolean(SERVICE_AOT);
    if (aot
        && (!Files.isRegularFile(aotCache)
            || Files.getLastModifiedTime(aotCache).compareTo(Files.getLastModifiedTime(jar)) < 0)) {
      trainAotCache(service, jar, aotCache);
    }
    start(service, jar, aot ? List.of("-XX:AOTCache=" + aotCache) : List.of());
    awaitReady(service);
  }

  /**
   * Runs the service once with {@code -XX:AOTCacheOutput}: the JVM records what it loads and links,
   * and writes the cache when it exits gracefully.
   */
  private void trainAotCache(Service service, Path jar, Path aotCache) throws IOException {
    start(service, jar, List.of("-XX:AOTCacheOutput=" + aotCache));
    awaitReady(service);
    HttpClient http = HttpClient.newHttpClient();
    URI base = baseUris.get(service);
    for (int i = 0; i < 200; i++) {
      for (URI uri :
          List.of(
              managementUris.get(service).resolve("/q/health/ready"),
              base.resolve("/api/v1/regions"),
              base.resolve("/q/openapi"))) {
        try {
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
    Process training = processes.get(service);
    training.destroy();
    try {
      if (!training.waitFor(120, TimeUnit.SECONDS) || !Files.isRegularFile(aotCache)) {
        throw new IllegalStateException(
            service.module + " wrote no AOT cache; see " + log(service));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void start(Service service, Path jar, List<String> launchOptions) throws IOException {
    List<String> command = new ArrayList<>();
    String cpus = System.getProperty(SERVICE_CPUS);
    if (cpus != null && !cpus.isBlank()) {
      command.addAll(List.of("taskset", "-c", cpus));
    }
    command.add(
        Path.of(System.getProperty(SERVICE_JDK, System.getProperty("java.home")), "bin", "java")
            .toString());
    command.add("-Xmx256m");
    String extra = System.getProperty(SERVICE_JVM_OPTIONS, "").trim();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(launchOptions);
    // The archive holds the class path it was made with: the jar, relative to its directory.
    boolean appCds =
        Boolean.getBoolean(SERVICE_APPCDS)
            && Files.isRegularFile(jar.resolveSibling("app-cds.jsa"));
    if (appCds) {
      command.add("-XX:SharedArchiveFile=app-cds.jsa");
    }
    command.addAll(infrastructure.jvmOptions());
    command.addAll(List.of("-jar", appCds ? jar.getFileName().toString() : jar.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (appCds) {
      builder.directory(jar.getParent().toFile());
    }
    URI base = baseUris.get(service);
    Map<String, String> database = infrastructure.database();
    builder
        .environment()
        .putAll(
            Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(base.getPort()),
                "QUARKUS_MANAGEMENT_PORT", Integer.toString(managementUris.get(service).getPort()),
                "DTM_DB_URL", database.get("quarkus.datasource.jdbc.url"),
                "DTM_DB_USER", database.get("quarkus.datasource.username"),
                "DTM_OIDC_URL", OidcServer.issuer(),
                "DTM_LOG_JSON", "true"));
    builder.environment().putAll(infrastructure.kafka().apply(service.module));
    Path log = log(service);
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    processes.put(service, builder.start());
  }

  private void awaitReady(Service service) {
    URI readiness = managementUris.get(service).resolve("/q/health/ready");
    Path log = log(service);
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
      // Often enough that the wait adds little to the start-to-ready figure of the benchmark.
      sleep(Duration.ofMillis(20));
    }
    throw new IllegalStateException(
        service.module + " was not ready within " + READY_TIMEOUT + "; see " + log);
  }

  /** Stops every service gracefully, SIGKILL after 20 s. */
  void stop() {
    processes.values().forEach(Process::destroy);
    processes.values().forEach(RunningSuite::awaitExit);
  }

  /** Waits up to 20 s for a process that was asked to stop, then kills it. */
  static void awaitExit(Process process) {
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /**
   * A port free now and not handed out before, below Linux's ephemeral range (32768 and up): a
   * process killed and restarted on its port must find it free, and a port from the ephemeral range
   * can meanwhile become the local end of some outgoing connection.
   */
  static int freePort() throws IOException {
    for (int attempt = 0; attempt < 100; attempt++) {
      int port = 20_000 + RANDOM_PORTS.nextInt(12_000);
      if (!HANDED_OUT.add(port)) {
        continue;
      }
      try (ServerSocket socket = new ServerSocket()) {
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(port));
        return port;
      } catch (IOException taken) {
        // in use: try another
      }
    }
    throw new IOException("No free port below the ephemeral range after 100 attempts");
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
