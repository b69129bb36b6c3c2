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
import java.util.HashMap;
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
 * own with {@link #start(Infrastructure, Path)}, with two replicas of each service, on a database
 * and a broker cluster it can kill.
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

  /** One running copy of a service: replica 0, 1, ... */
  record Instance(Service service, int replica) {
    @Override
    public String toString() {
      return service.module + "-" + replica;
    }
  }

  /**
   * What the services run against.
   *
   * @param database the JDBC url, user and password (the {@code quarkus.datasource.*} keys)
   * @param environment what a service needs in its environment to reach the broker ({@code
   *     DTM_KAFKA_*}) and where to export its traces ({@code DTM_OTLP_*}), by the service's name,
   *     which is also its Kafka user
   * @param jvmOptions extra options for every service JVM, e.g. {@code -Dkafka.session.timeout.ms}
   * @param replicas how many instances of each service run, sharing its schema and consumer groups
   */
  record Infrastructure(
      Map<String, String> database,
      Function<String, Map<String, String>> environment,
      List<String> jvmOptions,
      int replicas) {}

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

  /**
   * When false, the shared suite's services keep the shipped default (no trace sampled, none
   * exported), as the benchmark measures them; by default they export every trace to {@link
   * TraceCollector}.
   */
  static final String SERVICE_TRACES = "dtm.services.traces";

  private static final String AOT_CACHE = "app.aot";

  /** Long enough for a restart on a machine the full fault plan saturates (over 100 s seen). */
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

  private static final Random RANDOM_PORTS = new Random();
  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
  static final Path REPOSITORY =
      Path.of(System.getProperty("dtm.repository", "..")).toAbsolutePath();
  private static RunningSuite shared;

  private final Infrastructure infrastructure;
  private final Path logs;
  private final Map<Instance, URI> baseUris = new ConcurrentHashMap<>();
  private final Map<Instance, URI> managementUris = new ConcurrentHashMap<>();
  private final Map<Instance, Process> processes = new ConcurrentHashMap<>();

  private RunningSuite(Infrastructure infrastructure, Path logs) {
    this.infrastructure = infrastructure;
    this.logs = logs;
  }

  /** The suite the tests share. */
  static synchronized RunningSuite get() {
    if (shared == null) {
      Infrastructure infrastructure =
          new Infrastructure(
              new PostgresTestResource().start(), RunningSuite::sharedEnvironment, List.of(), 1);
      shared = start(infrastructure, REPOSITORY.resolve("e2e/target/e2e-logs"));
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "e2e-suite-stop"));
    }
    return shared;
  }

  /** The shared suite's services use the in-process broker and export their traces to the tests. */
  private static Map<String, String> sharedEnvironment(String service) {
    Map<String, String> environment = new HashMap<>(KafkaTestResource.serviceEnvironment(service));
    if (Boolean.parseBoolean(System.getProperty(SERVICE_TRACES, "true"))) {
      environment.putAll(TraceCollector.shared().serviceEnvironment());
    }
    return environment;
  }

  /**
   * Starts the three services, one after another (the replicas of one together), each instance on
   * free ports; logs go to {@code logs}.
   */
  static RunningSuite start(Infrastructure infrastructure, Path logs) {
    RunningSuite suite = new RunningSuite(infrastructure, logs);
    try {
      Files.createDirectories(logs);
      for (Service service : Service.values()) {
        List<Instance> replicas = suite.instances(service);
        for (Instance instance : replicas) {
          Files.deleteIfExists(suite.log(instance));
          suite.baseUris.put(instance, URI.create("http://127.0.0.1:" + freePort()));
          suite.managementUris.put(instance, URI.create("http://127.0.0.1:" + freePort()));
          suite.start(instance, suite.jar(instance), List.of());
        }
        replicas.forEach(suite::awaitReady);
      }
    } catch (IOException | RuntimeException e) {
      suite.stop();
      throw new IllegalStateException("The services could not be started", e);
    }
    return suite;
  }

  /** Every instance of a service, replica 0 first. */
  List<Instance> instances(Service service) {
    List<Instance> instances = new ArrayList<>();
    for (int replica = 0; replica < infrastructure.replicas(); replica++) {
      instances.add(new Instance(service, replica));
    }
    return instances;
  }

  /** The API of a service's first replica. */
  URI baseUri(Service service) {
    return baseUri(new Instance(service, 0));
  }

  URI baseUri(Instance instance) {
    return baseUris.get(instance);
  }

  /**
   * The console output of a service's first replica, as a cluster's log collector would read it.
   */
  Path log(Service service) {
    return log(new Instance(service, 0));
  }

  Path log(Instance instance) {
    String suffix = instance.replica() == 0 ? "" : "-" + instance.replica();
    return logs.resolve(instance.service().module + suffix + ".log");
  }

  /** Where a service's first replica answers health and metrics (its management interface). */
  URI managementUri(Service service) {
    return managementUri(new Instance(service, 0));
  }

  URI managementUri(Instance instance) {
    return managementUris.get(instance);
  }

  /** The process id of a service's first replica, for measurements such as its resident memory. */
  long pid(Service service) {
    return pid(new Instance(service, 0));
  }

  long pid(Instance instance) {
    return processes.get(instance).pid();
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
   * Kills a service's first replica the hard way (SIGKILL: no shutdown hooks, no graceful close of
   * consumers or connections), then starts it again on the same port and waits until it is ready.
   */
  void killAndRestart(Service service) {
    Instance instance = new Instance(service, 0);
    kill(instance);
    relaunch(instance);
  }

  void kill(Instance instance) {
    kill(processes.get(instance));
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

  /** Starts an instance again on its ports and waits until it is ready. */
  void relaunch(Instance instance) {
    try {
      launch(instance);
    } catch (IOException e) {
      throw new IllegalStateException(instance + " could not be restarted", e);
    }
  }

  /** SIGSTOP of a service's first replica: it keeps its sockets but runs no thread. */
  void freeze(Service service) {
    freeze(new Instance(service, 0));
  }

  /** SIGSTOP: the process keeps its sockets but runs no thread, heartbeats included. */
  void freeze(Instance instance) {
    signal(instance, "STOP");
  }

  /** SIGCONT after {@link #freeze(Service)}. */
  void thaw(Service service) {
    thaw(new Instance(service, 0));
  }

  /** SIGCONT after {@link #freeze(Instance)}. */
  void thaw(Instance instance) {
    signal(instance, "CONT");
  }

  private void signal(Instance instance, String signal) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + signal, Long.toString(pid(instance)))
              .inheritIO()
              .start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -" + signal + " " + instance + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void launch(Instance instance) throws IOException {
    start(instance, jar(instance), List.of());
    awaitReady(instance);
  }

  /**
   * The instance's packaged fast-jar; where {@link #SERVICE_AOT} asks for it, first made an AOT
   * cache for, which {@link #start} then uses.
   */
  private Path jar(Instance instance) throws IOException {
    Service service = instance.service();
    Path jar = REPOSITORY.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing; package the services first");
    }
    Path aotCache = jar.resolveSibling(AOT_CACHE);
    if (Boolean.getBoolean(SERVICE_AOT)
        && (!Files.isRegularFile(aotCache)
            || Files.getLastModifiedTime(aotCache).compareTo(Files.getLastModifiedTime(jar)) < 0)) {
      trainAotCache(instance, jar, aotCache);
    }
    return jar;
  }

  /**
   * Runs the service once with {@code -XX:AOTCacheOutput}: the JVM records what it loads and links,
   * and writes the cache when it exits gracefully.
   */
  private void trainAotCache(Instance instance, Path jar, Path aotCache) throws IOException {
    start(instance, jar, List.of("-XX:AOTCacheOutput=" + aotCache));
    awaitReady(instance);
    HttpClient http = HttpClient.newHttpClient();
    URI base = baseUris.get(instance);
    for (int i = 0; i < 200; i++) {
      for (URI uri :
          List.of(
              managementUris.get(instance).resolve("/q/health/ready"),
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
    Process training = processes.get(instance);
    training.destroy();
    try {
      if (!training.waitFor(120, TimeUnit.SECONDS) || !Files.isRegularFile(aotCache)) {
        throw new IllegalStateException(instance + " wrote no AOT cache; see " + log(instance));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void start(Instance instance, Path jar, List<String> trainingOptions) throws IOException {
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
    Path aotCache = jar.resolveSibling(AOT_CACHE);
    if (!trainingOptions.isEmpty()) {
      command.addAll(trainingOptions);
    } else if (Boolean.getBoolean(SERVICE_AOT)) {
      command.add("-XX:AOTCache=" + aotCache);
    }
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
    URI base = baseUris.get(instance);
    Map<String, String> database = infrastructure.database();
    builder
        .environment()
        .putAll(
            Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(base.getPort()),
                "QUARKUS_MANAGEMENT_PORT", Integer.toString(managementUris.get(instance).getPort()),
                "DTM_DB_URL", database.get("quarkus.datasource.jdbc.url"),
                "DTM_DB_USER", database.get("quarkus.datasource.username"),
                "DTM_OIDC_URL", OidcServer.issuer(),
                "DTM_LOG_JSON", "true",
                // Each replica its own transactional producer, the same across its restarts.
                "DTM_MESSAGING_OUTBOX_INSTANCE", instance.toString()));
    builder.environment().putAll(infrastructure.environment().apply(instance.service().module));
    Path log = log(instance);
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    processes.put(instance, builder.start());
  }

  private void awaitReady(Instance instance) {
    URI readiness = managementUris.get(instance).resolve("/q/health/ready");
    Path log = log(instance);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Process process = processes.get(instance);
      if (!process.isAlive()) {
        throw new IllegalStateException(
            instance + " exited with " + process.exitValue() + "; see " + log);
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
        instance + " was not ready within " + READY_TIMEOUT + "; see " + log);
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
