package io.dtmonitor.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

/**
 * A Kafka cluster of three KRaft nodes (each broker and controller), each in a JVM of its own from
 * the Kafka jars on the test class path, configured as docs/deploy.md runs Kafka in production:
 * topics with three replicas and {@code min.insync.replicas=2}, the transaction and offsets logs
 * likewise. A node can be killed with SIGKILL and started again on its port and log directory, as a
 * real broker crashes and recovers; the other two keep the controller quorum and every partition
 * writable meanwhile. Segments roll every {@link #SEGMENT_ROLL} so that a node kept down for longer
 * comes back behind a segment boundary and must fetch whole segments to rejoin the in-sync
 * replicas.
 */
final class KafkaCluster implements AutoCloseable {

  static final int NODES = 3;
  static final Duration SEGMENT_ROLL = Duration.ofSeconds(5);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

  /**
   * A node restarted after a crash first recovers its logs, on a machine the fault scenario keeps
   * at a load of 12-17 on two cores: it is given longer than a fresh start.
   */
  private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(240);

  private final List<Node> nodes;

  private KafkaCluster(List<Node> nodes) {
    this.nodes = nodes;
  }

  /** Formats a fresh log directory per node under {@code home} and starts the cluster. */
  static KafkaCluster start(Path home) throws IOException {
    List<Node> nodes = new ArrayList<>();
    for (int id = 1; id <= NODES; id++) {
      nodes.add(
          new Node(
              id, home.resolve("node-" + id), RunningSuite.freePort(), RunningSuite.freePort()));
    }
    KafkaCluster cluster = new KafkaCluster(List.copyOf(nodes));
    String voters =
        nodes.stream()
            .map(node -> node.id + "@127.0.0.1:" + node.controllerPort)
            .collect(Collectors.joining(","));
    String clusterId = Uuid.randomUuid().toString();
    try {
      for (Node node : nodes) {
        node.configure(voters);
        node.format(clusterId);
      }
      // The controllers form their quorum only once a majority runs: start all, then wait.
      nodes.forEach(Node::launch);
      nodes.forEach(Node::awaitReady);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  String bootstrapServers() {
    return nodes.stream().map(Node::address).collect(Collectors.joining(","));
  }

  List<Node> nodes() {
    return nodes;
  }

  /**
   * The node leading the partition with the most records among {@code topics} (the one a crash
   * hurts most), read from the cluster's metadata now.
   */
  Node leaderOfBusiestPartition(Collection<String> topics) throws Exception {
    try (Admin admin = admin()) {
      Map<String, TopicDescription> descriptions =
          admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
      Map<TopicPartition, TopicPartitionInfo> partitions =
          descriptions.values().stream()
              .flatMap(
                  description ->
                      description.partitions().stream()
                          .map(
                              info ->
                                  Map.entry(
                                      new TopicPartition(description.name(), info.partition()),
                                      info)))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      Map<TopicPartition, Long> ends =
          admin
              .listOffsets(
                  partitions.keySet().stream()
                      .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
              .all()
              .get(30, TimeUnit.SECONDS)
              .entrySet()
              .stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
      TopicPartition busiest =
          ends.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      int leader = partitions.get(busiest).leader().id();
      return nodes.stream().filter(node -> node.id == leader).findFirst().orElseThrow();
    }
  }

  /**
   * The partitions of {@code topics} whose in-sync replicas are fewer than their replicas: a node
   * that came back has not caught up (or never will).
   */
  Set<String> underReplicated(Collection<String> topics) throws Exception {
    return describe(topics).stream()
        .flatMap(
            description ->
                description.partitions().stream()
                    .filter(info -> info.isr().size() < info.replicas().size())
                    .map(info -> description.name() + "-" + info.partition()))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The replicas of each partition of {@code topics}, smallest first (3 unless misconfigured). */
  int fewestReplicas(Collection<String> topics) throws Exception {
    return describe(topics).stream()
        .flatMap(description -> description.partitions().stream())
        .map(info -> info.replicas().size())
        .min(Comparator.naturalOrder())
        .orElse(0);
  }

  private List<TopicDescription> describe(Collection<String> topics) throws Exception {
    try (Admin admin = admin()) {
      return List.copyOf(
          admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values());
    }
  }

  private Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
  }

  @Override
  public void close() {
    // All at once: a node stopping alone waits for the others to move its leaderships away.
    nodes.forEach(Node::stop);
    nodes.forEach(Node::awaitStopped);
  }

  /** One KRaft node: a broker and a voter of the controller quorum. */
  static final class Node {

    final int id;
    private final Path home;
    private final Path properties;
    private final int port;
    private final int controllerPort;
    private volatile Process process;

    private Node(int id, Path home, int port, int controllerPort) {
      this.id = id;
      this.home = home;
      this.properties = home.resolve("server.properties");
      this.port = port;
      this.controllerPort = controllerPort;
    }

    String address() {
      return "127.0.0.1:" + port;
    }

    /** SIGKILL: no controlled shutdown, no flush; the restart recovers the logs. */
    void kill() {
      RunningSuite.kill(process);
    }

    /** Starts the node on its port and log directory; returns once it answers metadata requests. */
    void restart() {
      launch();
      awaitReady(RESTART_TIMEOUT);
    }

    private void configure(String voters) throws IOException {
      Files.createDirectories(home.resolve("data"));
      Files.writeString(
          properties,
          String.join(
              "\n",
              "process.roles=broker,controller",
              "node.id=" + id,
              "controller.quorum.voters=" + voters,
              "listeners=PLAINTEXT://" + address() + ",CONTROLLER://127.0.0.1:" + controllerPort,
              "advertised.listeners=PLAINTEXT://" + address(),
              "controller.listener.names=CONTROLLER",
              "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
              "inter.broker.listener.name=PLAINTEXT",
              "log.dirs=" + home.resolve("data"),
              "num.partitions=3",
              "default.replication.factor=" + NODES,
              "min.insync.replicas=2",
              "offsets.topic.replication.factor=" + NODES,
              "transaction.state.log.replication.factor=" + NODES,
              "transaction.state.log.min.isr=2",
              "unclean.leader.election.enable=false",
              "auto.create.topics.enable=false",
              "group.initial.rebalance.delay.ms=0",
              "log.roll.ms=" + SEGMENT_ROLL.toMillis(),
              // A restarted node re-registers only once its previous registration has expired.
              "broker.session.timeout.ms=3000",
              "broker.heartbeat.interval.ms=500",
              // A follower that stops fetching leaves the in-sync replicas within seconds.
              "replica.lag.time.max.ms=5000",
              ""));
    }

    private void format(String clusterId) {
      Process format =
          run("-Xmx256m", "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", properties);
      try {
        if (format.waitFor() != 0) {
          throw new IllegalStateException("Kafka storage format failed; see " + log());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private void launch() {
      process = run("-Xmx512m", "kafka.Kafka", properties);
    }

    private Process run(String heap, String mainClass, Object... arguments) {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  heap,
                  "-cp",
                  System.getProperty("java.class.path"),
                  mainClass));
      for (Object argument : arguments) {
        command.add(argument.toString());
      }
      try {
        return new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
            .start();
      } catch (IOException e) {
        throw new IllegalStateException("Could not start " + mainClass, e);
      }
    }

    private Path log() {
      return home.resolve("broker.log");
    }

    private void awaitReady() {
      awaitReady(READY_TIMEOUT);
    }

    private void awaitReady(Duration timeout) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("Kafka node " + id + " exited; see " + log());
        }
        if (listening() && answersMetadata()) {
          return;
        }
        RunningSuite.sleep(Duration.ofMillis(200));
      }
      throw new IllegalStateException("Kafka node " + id + " was not ready in " + timeout);
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
                  AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address(),
                  AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                  AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000))) {
        return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
      } catch (Exception e) {
        return false;
      }
    }

    private void stop() {
      if (process != null && process.isAlive()) {
        process.destroy();
      }
    }

    private void awaitStopped() {
      if (process != null) {
        RunningSuite.awaitExit(process);
      }
    }
  }
}
