package io.dtmonitor.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Connects the application under test to the run's {@link TestBroker} as the Kafka user named by
 * the {@value #IDENTITY} init argument (a service's user of {@code kafka-users.yaml}), with that
 * user's ACLs and no right to create topics, as in a cluster. Without the argument the application
 * connects as the harness super user and creates its own topics (the platform's own tests, whose
 * probe topic no manifest declares).
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

  /** Init argument: the Kafka user the application connects as. */
  public static final String IDENTITY = "identity";

  private String identity = TestBroker.HARNESS;

  @Override
  public void init(Map<String, String> initArgs) {
    identity = initArgs.getOrDefault(IDENTITY, TestBroker.HARNESS);
  }

  @Override
  public Map<String, String> start() {
    TestBroker broker = TestBroker.get();
    // The DTM_KAFKA_* keys feed the shipped kafka.* settings, which refer to them.
    Map<String, String> config = new HashMap<>(broker.environment(identity));
    config.put("kafka.bootstrap.servers", broker.bootstrapServers());
    config.put(
        "dtm.messaging.provision-topics", Boolean.toString(identity.equals(TestBroker.HARNESS)));
    return config;
  }

  @Override
  public void stop() {
    // The broker is shared by every test class of the run and stops with the JVM.
  }

  /** Bootstrap servers of the run's broker, started on first use. */
  public static String bootstrapServers() {
    return TestBroker.get().bootstrapServers();
  }

  /**
   * The environment a service process needs to connect as its Kafka user ({@code DTM_KAFKA_*} and
   * no topic provisioning), e.g. {@code reporting-service}.
   */
  public static Map<String, String> serviceEnvironment(String user) {
    Map<String, String> environment = new HashMap<>(TestBroker.get().environment(user));
    environment.put("DTM_MESSAGING_PROVISION_TOPICS", "false");
    return environment;
  }

  /** kafka-clients settings of a client that connects as {@code user}. */
  public static Map<String, Object> clientConfig(String user) {
    return TestBroker.get().clientConfig(user);
  }

  /** kafka-clients settings of the test harness, which may read and write any topic. */
  public static Map<String, Object> harnessConfig() {
    return clientConfig(TestBroker.HARNESS);
  }
}
