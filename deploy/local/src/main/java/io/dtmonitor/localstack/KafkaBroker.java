package io.dtmonitor.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft broker (broker and controller in one process) from the kafka_2.13 jars, its
 * storage formatted once and kept in {@code .dtm/kafka/data}.
 */
final class KafkaBroker {

  static final int PORT = 9092;
  static final int CONTROLLER_PORT = 9093;

  private KafkaBroker() {}

  static ChildProcess prepare(StackPaths paths) throws IOException, InterruptedException {
    Path home = paths.kafka();
    Path data = home.resolve("data");
    Files.createDirectories(data);
    Path properties = home.resolve("server.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + CONTROLLER_PORT,
            "listeners=PLAINTEXT://127.0.0.1:"
                + PORT
                + ",CONTROLLER://127.0.0.1:"
                + CONTROLLER_PORT,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + PORT,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "inter.broker.listener.name=PLAINTEXT",
            "log.dirs=" + data,
            "num.partitions=3",
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "auto.create.topics.enable=false",
            "group.initial.rebalance.delay.ms=0",
            ""));
    if (!Files.exists(data.resolve("meta.properties"))) {
      format(paths, properties);
    }
    return new ChildProcess(
        "kafka",
        java(paths, "-Xmx512m", "kafka.Kafka", properties.toString()),
        Map.of(),
        home,
        URI.create("tcp://127.0.0.1:" + PORT),
        paths);
  }

  private static void format(StackPaths paths, Path properties)
      throws IOException, InterruptedException {
    List<String> command =
        java(
            paths,
            "-Xmx256m",
            "kafka.tools.StorageTool",
            "format",
            "-t",
            Uuid.randomUuid().toString(),
            "-c",
            properties.toString());
    Process format =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(paths.log("kafka").toFile()))
            .start();
    if (format.waitFor() != 0) {
      throw new IllegalStateException("Kafka storage format failed; see " + paths.log("kafka"));
    }
  }

  private static List<String> java(StackPaths paths, String heap, String... arguments) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-cp",
                paths.launcherClasspath().resolve("*").toString()));
    command.addAll(List.of(arguments));
    return command;
  }
}
