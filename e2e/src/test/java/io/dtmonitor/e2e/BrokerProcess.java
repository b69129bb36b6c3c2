package io.dtmonitor.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A Kafka broker (KRaft, broker and controller in one node) in a JVM of its own, from the Kafka
 * jars on the test class path, so that it can be killed with SIGKILL and started again on the same
 * port and log directory, as a real broker crashes and recovers.
 */
final class BrokerProcess implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  private final Path home;
  private final Path properties;
  private final int port;
  private volatile Process process;

  private BrokerProcess(Path home, int port) {
    this.home = home;
    this.properties = home.resolve("server.properties");
    this.port = port;
  }

  /** Formats a fresh log directory under {@code home} and starts the broker. */
  static BrokerProcess start(Path home) throws IOException {
    BrokerProcess broker = new BrokerProcess(home, RunningSuite.freePort());
    broker.configure(RunningSuite.freePort());
    broker
        .run("-Xmx256m", "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString())
        .waitForSuccess("Kafka storage format");
    try {
      broker.restart();
    } catch (RuntimeException e) {
      broker.close();
      throw e;
    }
    return broker;
  }

  String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** SIGKILL: no controlled shutdown, no flush; the restart recovers the logs. */
  void kill() {
    RunningSuite.kill(process);
  }

  /** Starts the broker on its port and log directory; returns once it answers metadata requests. */
  void restart() {
    process = run("-Xmx512m", "kafka.Kafka").process;
    awaitReady();
  }

  private void configure(int controllerPort) throws IOException {
    Files.createDirectories(home.resolve("data"));
    Files.writeString(
        properties,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "inter.broker.listener.name=PLAINTEXT",
            "log.dirs=" + home.resolve("data"),
            "num.partitions=3",
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "auto.create.topics.enable=false",
            "group.initial.rebalance.delay.ms=0",
            // A restarted node re-registers only once its previous registration has expired.
            "broker.session.timeout.ms=3000",
            "broker.heartbeat.interval.ms=500",
            ""));
  }

  private Launched run(String heap, String mainClass, String... arguments) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
    command.addAll(List.of(arguments));
    if (mainClass.equals("kafka.Kafka")) {
      command.add(properties.toString());
    } else {
      command.addAll(List.of("-c", properties.toString()));
    }
    Path log = home.resolve("broker.log");
    try {
      return new Launched(
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start(),
          log);
    } catch (IOException e) {
      throw new IllegalStateException("Could not start " + mainClass, e);
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The broker exited; see " + home.resolve("broker.log"));
      }
      if (listening() && answersMetadata()) {
        return;
      }
      RunningSuite.sleep(Duration.ofMillis(200));
    }
    throw new IllegalStateException("The broker was not ready within " + READY_TIMEOUT);
  }

  private boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private boolean answersMetadata() {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000))) {
      return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      RunningSuite.awaitExit(process);
    }
  }

  private record Launched(Process process, Path log) {
    void waitForSuccess(String what) {
      try {
        if (process.waitFor() != 0) {
          throw new IllegalStateException(what + " failed; see " + log);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
