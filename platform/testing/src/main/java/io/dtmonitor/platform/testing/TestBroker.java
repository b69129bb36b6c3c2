package io.dtmonitor.platform.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.security.plain.PlainLoginModule;
import org.apache.kafka.common.security.scram.ScramLoginModule;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.server.common.MetadataVersion;
import org.jboss.logging.Logger;

/**
 * The test run's Kafka broker, secured as the shipped cluster is: every client authenticates with
 * SCRAM-SHA-512 as one of the users of {@code deploy/k8s/base/kafka-users.yaml} and may do only
 * what that user's ACLs allow; the topics are those of {@code kafka-topics.yaml}. One extra user,
 * {@link #HARNESS}, is a super user: it stands for the test itself (publishing events another
 * service would, forging some, reading topics as an outside consumer).
 *
 * <p>One in-process KRaft node (broker and controller), started once per JVM and shared by every
 * application the JVM's tests start. The bootstrap metadata version is pinned to the latest
 * production one: left alone, the test kit picks an unstable testing version.
 */
final class TestBroker {

  static final String HARNESS = "dtm-test-harness";

  private static final Logger LOG = Logger.getLogger(TestBroker.class);
  private static final String MECHANISM = "SCRAM-SHA-512";

  private static final String BOOTSTRAP_PROPERTY = "dtm.test.kafka.bootstrap";
  private static final String PASSWORDS_PROPERTY = "dtm.test.kafka.passwords";

  private final String bootstrapServers;
  private final Map<String, String> passwords;

  private TestBroker(String bootstrapServers, Map<String, String> passwords) {
    this.bootstrapServers = bootstrapServers;
    this.passwords = passwords;
  }

  /** A broker this JVM started, with the passwords of its users. */
  private record Started(KafkaClusterTestKit kit, Map<String, String> passwords) {}

  /**
   * The run's broker, started by the first caller. Quarkus loads this class anew for every
   * application it starts in the JVM (one per test profile), so what the broker is lives in system
   * properties, which all class loaders share: a second broker in the same JVM would not start (its
   * SASL login would collide with the first's).
   */
  static TestBroker get() {
    synchronized (System.getProperties()) {
      if (System.getProperty(BOOTSTRAP_PROPERTY) == null) {
        started(start(ShippedKafkaManifests.read()));
      }
      Map<String, String> passwords = new LinkedHashMap<>();
      for (String entry : System.getProperty(PASSWORDS_PROPERTY).split(",")) {
        String[] userAndPassword = entry.split("=", 2);
        passwords.put(userAndPassword[0], userAndPassword[1]);
      }
      return new TestBroker(System.getProperty(BOOTSTRAP_PROPERTY), Map.copyOf(passwords));
    }
  }

  private static void started(Started broker) {
    System.setProperty(BOOTSTRAP_PROPERTY, broker.kit().bootstrapServers());
    System.setProperty(
        PASSWORDS_PROPERTY,
        broker.passwords().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(",")));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> close(broker.kit())));
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  /** What a client needs to connect as {@code user}, in kafka-clients keys. */
  Map<String, Object> clientConfig(String user) {
    Map<String, Object> config = new HashMap<>();
    config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name);
    config.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
    config.put(SaslConfigs.SASL_JAAS_CONFIG, jaas(ScramLoginModule.class, user, password(user)));
    return config;
  }

  /**
   * What a service needs to connect as {@code user}, in the environment variables the shipped
   * configuration reads ({@code DTM_KAFKA_*}).
   */
  Map<String, String> environment(String user) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("DTM_KAFKA_BOOTSTRAP", bootstrapServers());
    environment.put("DTM_KAFKA_SECURITY_PROTOCOL", SecurityProtocol.SASL_PLAINTEXT.name);
    environment.put("DTM_KAFKA_USER", user);
    environment.put("DTM_KAFKA_PASSWORD", password(user));
    return environment;
  }

  private String password(String user) {
    String password = passwords.get(user);
    if (password == null) {
      throw new IllegalArgumentException(
          user + " is not a Kafka user of deploy/k8s/base/kafka-users.yaml: " + passwords.keySet());
    }
    return password;
  }

  private static Started start(ShippedKafkaManifests manifests) {
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
                      .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                      .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                      .build())
              // The kit's own admin (PLAIN) runs the node; the clients use SCRAM, as in a cluster.
              .setConfigProp("sasl.enabled.mechanisms", "PLAIN," + MECHANISM)
              .setConfigProp(
                  "listener.name.external.scram-sha-512.sasl.jaas.config",
                  ScramLoginModule.class.getName() + " required;")
              .setConfigProp(
                  "super.users", "User:" + JaasUtils.KAFKA_PLAIN_ADMIN + ";User:" + HARNESS)
              .setConfigProp("auto.create.topics.enable", "false")
              .setConfigProp("offsets.topic.replication.factor", "1")
              .setConfigProp("transaction.state.log.replication.factor", "1")
              .setConfigProp("transaction.state.log.min.isr", "1")
              .setConfigProp("group.initial.rebalance.delay.ms", "0")
              .build();
      kit.format();
      kit.startup();
      kit.waitForReadyBrokers();
      Map<String, String> passwords = new LinkedHashMap<>();
      passwords.put(HARNESS, UUID.randomUUID().toString());
      manifests.acls().keySet().forEach(user -> passwords.put(user, UUID.randomUUID().toString()));
      provision(kit, manifests, passwords);
      return new Started(kit, Map.copyOf(passwords));
    } catch (Exception e) {
      throw new IllegalStateException("Embedded Kafka broker did not start", e);
    }
  }

  /** Creates the users, their ACLs and the topics, as Strimzi's operators would. */
  private static void provision(
      KafkaClusterTestKit kit, ShippedKafkaManifests manifests, Map<String, String> passwords)
      throws Exception {
    Map<String, Object> admin = new HashMap<>();
    admin.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kit.bootstrapServers());
    admin.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name);
    admin.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
    admin.put(
        SaslConfigs.SASL_JAAS_CONFIG,
        jaas(
            PlainLoginModule.class,
            JaasUtils.KAFKA_PLAIN_ADMIN,
            JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD));
    try (Admin client = Admin.create(admin)) {
      List<UserScramCredentialAlteration> credentials = new ArrayList<>();
      passwords.forEach(
          (user, password) ->
              credentials.add(
                  new UserScramCredentialUpsertion(
                      user,
                      new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096),
                      password)));
      client.alterUserScramCredentials(credentials).all().get(30, TimeUnit.SECONDS);
      List<AclBinding> acls = manifests.acls().values().stream().flatMap(List::stream).toList();
      client.createAcls(acls).all().get(30, TimeUnit.SECONDS);
      client.createTopics(manifests.topics()).all().get(30, TimeUnit.SECONDS);
    }
  }

  private static String jaas(Class<?> module, String user, String password) {
    return "%s required username=\"%s\" password=\"%s\";"
        .formatted(module.getName(), user, password);
  }

  private static void close(KafkaClusterTestKit kit) {
    try {
      kit.close();
    } catch (Exception e) {
      // the JVM is exiting; nothing is left to clean up
    }
  }
}
