package io.dtmonitor.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.server.common.MetadataVersion;
import org.jboss.logging.Logger;

/**
 * A real in-process Kafka broker (KRaft, one combined broker and controller) for a test run,
 * started once per JVM. The bootstrap metadata version is pinned to the latest production one: left
 * alone, the test kit picks an unstable testing version.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

  private static final Logger LOG = Logger.getLogger(KafkaTestResource.class);

  private static KafkaClusterTestKit cluster;

  @Override
  public Map<String, String> start() {
    return Map.of("kafka.bootstrap.servers", bootstrapServers());
  }

  @Override
  public void stop() {
    // The broker is shared by every test class of the run and stops with the JVM.
  }

  public static synchronized String bootstrapServers() {
    if (cluster == null) {
      // Kafka halts the JVM on some failures during shutdown (e.g. a log directory removed while
      // the broker closes); in a test JVM that would turn a green run into a crashed fork.
      Exit.setHaltProcedure(
          (status, message) -> LOG.warnf("Kafka asked to halt (%d): %s", status, message));
      Exit.setExitProcedure(
          (status, message) -> LOG.warnf("Kafka asked to exit (%d): %s", status, message));
      try {
        KafkaClusterTestKit kit =
            new KafkaClusterTestKit.Builder(
                    new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                        .build())
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        kit.format();
        kit.startup();
        kit.waitForReadyBrokers();
        cluster = kit;
        Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::close));
      } catch (Exception e) {
        throw new IllegalStateException("Embedded Kafka broker did not start", e);
      }
    }
    return cluster.bootstrapServers();
  }

  private static void close() {
    try {
      cluster.close();
    } catch (Exception e) {
      // the JVM is exiting; nothing is left to clean up
    }
  }
}
