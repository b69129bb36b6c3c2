package io.dtmonitor.e2e;

import io.dtmonitor.e2e.RunningSuite.Infrastructure;
import io.dtmonitor.e2e.RunningSuite.Instance;
import io.dtmonitor.e2e.RunningSuite.Service;
import io.dtmonitor.seed.SeedEndpoints;
import io.dtmonitor.seed.ServiceClients;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The three services, two replicas of each, on infrastructure the fault scenario may crash: a
 * PostgreSQL server and a three-node Kafka cluster, each node in a process of its own (unlike the
 * shared suite's in-process broker), plus the shared OIDC test server. The consumers' session
 * timeout is 10 s, so that a consumer frozen for longer is expelled from its group and its
 * partitions move to the other replica.
 */
final class FaultStack implements AutoCloseable {

  static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
  static final int REPLICAS = 2;

  final PostgresProcess postgres;
  final KafkaCluster kafka;
  final RunningSuite services;

  private FaultStack(PostgresProcess postgres, KafkaCluster kafka, RunningSuite services) {
    this.postgres = postgres;
    this.kafka = kafka;
    this.services = services;
  }

  static FaultStack start(Path directory) throws IOException {
    PostgresProcess postgres = PostgresProcess.start(directory.resolve("postgres"));
    KafkaCluster kafka = null;
    try {
      kafka = KafkaCluster.start(directory.resolve("kafka"));
      return new FaultStack(postgres, kafka, services(postgres, kafka, directory));
    } catch (IOException | RuntimeException e) {
      if (kafka != null) {
        kafka.close();
      }
      postgres.close();
      throw e;
    }
  }

  private static RunningSuite services(
      PostgresProcess postgres, KafkaCluster kafka, Path directory) {
    return RunningSuite.start(
        new Infrastructure(
            postgres.datasource(),
            service -> Map.of("DTM_KAFKA_BOOTSTRAP", kafka.bootstrapServers()),
            List.of(
                "-Dkafka.session.timeout.ms=" + SESSION_TIMEOUT.toMillis(),
                "-Dkafka.heartbeat.interval.ms=1000",
                // Lag read every second, so that PipelineWatch sees it rise during a freeze.
                "-Ddtm.messaging.inbox.lag-interval=1s",
                // The audit accounts for the reports the workload makes; the quarters its
                // programmes owe but never start are not chased here (ExpectedReportsTest does).
                "-Ddtm.reporting.expected.from=2100-01-01"),
            REPLICAS),
        directory.resolve("logs"));
  }

  /** Clients of each replica: the first calls replica 0 of every service, the second replica 1. */
  List<ServiceClients> clients() {
    List<ServiceClients> clients = new ArrayList<>();
    for (int replica = 0; replica < REPLICAS; replica++) {
      clients.add(
          new ServiceClients(
              new SeedEndpoints(
                  services.baseUri(new Instance(Service.PROGRAMME, replica)),
                  services.baseUri(new Instance(Service.REPORTING, replica)),
                  services.baseUri(new Instance(Service.INDICATOR, replica))),
              new SignedTokens()));
    }
    return clients;
  }

  @Override
  public void close() throws IOException {
    services.stop();
    kafka.close();
    postgres.close();
  }
}
