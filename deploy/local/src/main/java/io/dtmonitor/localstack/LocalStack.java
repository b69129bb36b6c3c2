package io.dtmonitor.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.seed.Actor;
import io.dtmonitor.seed.KeycloakTokens;
import io.dtmonitor.seed.SeedEndpoints;
import io.dtmonitor.seed.SeedImport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Runs the whole suite on one machine: {@code up} starts PostgreSQL, the Kafka broker, Keycloak and
 * the services in order and waits until each is ready, imports the seed data through the APIs,
 * prints where everything is, and stops all of it in reverse order on Ctrl-C or SIGTERM; {@code
 * seed} imports the seed data again into a running stack; {@code stop} ends a running stack by the
 * pids it recorded; {@code status} lists what runs.
 */
public final class LocalStack {

  private final StackPaths paths;
  private final List<ChildProcess> started = new ArrayList<>();
  private LocalDatabase database;

  private LocalStack(StackPaths paths) {
    this.paths = paths;
  }

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "up" : args[0];
    StackPaths paths =
        StackPaths.of(
            Path.of(System.getProperty("dtm.repository", ".")).toAbsolutePath().normalize());
    switch (command) {
      case "up" -> new LocalStack(paths).up();
      case "seed" -> seed(paths);
      case "stop" -> stop(paths);
      case "status" -> status(paths);
      default -> {
        System.err.println("usage: dtm up [--detach] | seed | stop | status");
        System.exit(2);
      }
    }
  }

  private void up() throws Exception {
    if (running(paths, "launcher")) {
      System.err.println("The stack is already running; ./dtm stop ends it.");
      System.exit(1);
    }
    Files.writeString(paths.pidFile("launcher"), Long.toString(ProcessHandle.current().pid()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(stopped), "dtm-shutdown"));
    try {
      System.out.println("Starting DT Monitor (logs in " + paths.logs() + ")");
      database = LocalDatabase.start(paths);
      launch(KafkaBroker.prepare(paths), Duration.ofSeconds(60));
      launch(Keycloak.prepare(paths), Duration.ofSeconds(180));
      new DemoUsers().importInto(paths);
      for (ServiceProcess service : ServiceProcess.ALL) {
        launch(service.prepare(paths, database), Duration.ofSeconds(120));
      }
      seed(paths);
      printSummary();
    } catch (Exception e) {
      System.err.println("Start failed: " + e.getMessage());
      System.exit(1);
    }
    Thread.currentThread().join();
  }

  /** Imports data/ through the services' APIs with the demo users' Keycloak tokens. */
  private static void seed(StackPaths paths) throws Exception {
    System.out.println("Importing the seed data (data/) through the public APIs:");
    new SeedImport(
            SeedEndpoints.local(),
            new KeycloakTokens(URI.create(Keycloak.ISSUER)),
            paths.repository().resolve("data"),
            System.out)
        .run();
  }

  private void launch(ChildProcess process, Duration timeout) throws Exception {
    System.out.print("  " + process.name() + ": starting ... ");
    long start = System.nanoTime();
    process.start();
    started.add(process);
    process.awaitReady(timeout);
    System.out.printf("ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  private void shutdown(CountDownLatch stopped) {
    System.out.println("Stopping DT Monitor");
    for (int i = started.size() - 1; i >= 0; i--) {
      started.get(i).stop();
    }
    try {
      if (database != null) {
        database.close();
      }
      Files.deleteIfExists(paths.pidFile("launcher"));
    } catch (IOException e) {
      System.err.println("  " + e.getMessage());
    }
    stopped.countDown();
  }

  private void printSummary() throws IOException {
    StringBuilder out =
        new StringBuilder("\nDT Monitor is running. Ctrl-C (or ./dtm stop) stops it.\n\n");
    for (ServiceProcess service : ServiceProcess.ALL) {
      out.append(
          String.format(
              "  %-20s http://127.0.0.1:%d/api/v1   Swagger UI http://127.0.0.1:%d/q/swagger-ui"
                  + "   health and metrics http://127.0.0.1:%d/q/health, /q/metrics%n",
              service.name(), service.port(), service.port(), service.managementPort()));
    }
    out.append(
        String.format(
            "  %-20s http://127.0.0.1:%d/dashboard%n",
            "Dashboard", ServiceProcess.ALL.get(2).port()));
    out.append(String.format("  %-20s 127.0.0.1:%d%n", "Kafka", KafkaBroker.PORT));
    out.append(
        String.format(
            "  %-20s %s (admin console: admin / %s)%n",
            "Keycloak", Keycloak.ISSUER, Keycloak.ADMIN_PASSWORD));
    out.append(String.format("  %-20s %s%n%n", "PostgreSQL", database.jdbcUrl()));
    out.append("  Demo users, local run only (client dtm-demo-cli, password grant):\n");
    JsonNode demo = new ObjectMapper().readTree(paths.demoRealmFile().toFile());
    for (JsonNode user : demo.path("users")) {
      if (user.has("credentials")) {
        out.append(
            String.format(
                "    %-18s password %-15s roles %-10s region %s%n",
                user.path("username").asText(),
                user.path("credentials").path(0).path("value").asText(),
                user.path("realmRoles").toString(),
                user.path("attributes").path("region").path(0).asText("-")));
      }
    }
    out.append(
        String.format(
            "    client %s, secret %s (client credentials)%n",
            Actor.MINISTRY.login(), Actor.MINISTRY.secret()));
    System.out.println(out);
  }

  private static void stop(StackPaths paths) throws IOException {
    List<String> order = new ArrayList<>(List.of("launcher"));
    ServiceProcess.ALL.forEach(service -> order.add(service.name()));
    order.addAll(List.of("keycloak", "kafka"));
    boolean any = false;
    for (String name : order) {
      var handle = process(paths, name);
      if (handle != null) {
        any = true;
        ChildProcess.stop(handle, name);
      }
      Files.deleteIfExists(paths.pidFile(name));
    }
    System.out.println(any ? "Stopped." : "Nothing was running.");
  }

  private static void status(StackPaths paths) throws IOException {
    try (Stream<Path> pids = Files.list(paths.run())) {
      for (Path pid : pids.toList()) {
        String name = pid.getFileName().toString().replace(".pid", "");
        System.out.printf("  %-20s %s%n", name, running(paths, name) ? "running" : "not running");
      }
    }
  }

  private static boolean running(StackPaths paths, String name) throws IOException {
    return process(paths, name) != null;
  }

  private static ProcessHandle process(StackPaths paths, String name) throws IOException {
    Path pidFile = paths.pidFile(name);
    if (!Files.exists(pidFile)) {
      return null;
    }
    return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
        .filter(ProcessHandle::isAlive)
        .orElse(null);
  }
}
