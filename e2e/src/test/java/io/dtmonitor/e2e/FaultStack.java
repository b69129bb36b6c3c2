package io.dtmonitor.e2e;

import io.dtmonitor.e2e.RunningSuite.Infrastructure;
import io.dtmonitor.e2e.RunningSuite.Service;
import io.dtmonitor.seed.SeedEndpoints;
import io.dtmonitor.seed.ServiceClients;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The three services on infrastructure the fault scenario may crash: a PostgreSQL server and a
 * Kafka broker each in a process of its own (unlike the shared suite's in-process broker), plus the
 * shared OIDC test server. The consumers' session timeout is 10 s, so that a consumer frozen for
 * longer is expelled from its group and the partitions are rebalanced.
 */
final class FaultStack implements AutoCloseable {

  static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

  final PostgresProcess postgres;
  final BrokerProcess broker;
  final RunningSuite services;

  private FaultStack(PostgresProcess postgres, BrokerProcess broker, RunningSuite services) {
    this.postgres = postgres;
    this.broker = broker;
    this.services = services;
  }

  static FaultStack start(Path directory) throws IOException {
    PostgresProcess postgres = PostgresProcess.start(directory.resolve("postgres"));
    BrokerProcess broker = null;
    try {
      broker = BrokerProcess.start(directory.resolve("kafka"));
      return new FaultStack(postgres, broker, services(postgres, broker, directory));
    } catch (IOException | RuntimeException e) {
      if (broker != null) {
        broker.close();
      }
      postgres.close();
      throw e;
    }
  }

  private static RunningSuite services(
      PostgresProcess postgres, BrokerProcess broker, Path directory) {
    return RunningSuite.start(
        new Infrastructure(
            postgres.datasource(),
            service -> Map.of("DTM_KAFKA_BOOTSTRAP", broker.bootstrapServers()),
            List.of(
                "-Dkafka.session.timeout.ms=" + SESSION_TIMEOUT.toMillis(),
                "-Dkafka.heartbeat.interval.ms=1000",
                // The audit accounts for the reports the workload makes; the quarters its
                // programmes owe but never start are not chased here (ExpectedReportsTest does).
                "-Ddtm.reporting.expected.from=2100-01-01")),
        directory.resolve("logs"));
  }

  ServiceClients clients() {
    return new ServiceClients(
        new SeedEndpoints(
            services.baseUri(Service.PROGRAMME),
            services.baseUri(Service.REPORTING),
            services.baseUri(Service.INDICATOR)),
        new SignedTokens());
  }

  @Override
  public void close() throws IOException {
    services.stop();
    broker.close();
    postgres.close();
  }
}
