package io.dtmonitor.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The Kafka users (with their ACLs) and topics the project ships as Strimzi resources in {@code
 * deploy/k8s/base}, read so the test broker enforces exactly what a cluster would: an ACL missing
 * from the manifests fails a test instead of a deployment.
 */
final class ShippedKafkaManifests {

  private static final Path BASE = Path.of("deploy", "k8s", "base");
  private static final String CLUSTER_RESOURCE = "kafka-cluster";

  private final Map<String, List<AclBinding>> acls;
  private final List<NewTopic> topics;

  private ShippedKafkaManifests(Map<String, List<AclBinding>> acls, List<NewTopic> topics) {
    this.acls = acls;
    this.topics = topics;
  }

  /** Reads the manifests of the repository the current directory belongs to. */
  static ShippedKafkaManifests read() {
    Path base = repositoryRoot().resolve(BASE);
    try {
      Map<String, List<AclBinding>> acls = new LinkedHashMap<>();
      for (JsonNode user : documents(base.resolve("kafka-users.yaml"), "KafkaUser")) {
        String name = user.at("/metadata/name").asText();
        List<AclBinding> bindings = new ArrayList<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
          for (JsonNode operation : acl.get("operations")) {
            bindings.add(binding(name, acl.get("resource"), operation.asText()));
          }
        }
        acls.put(name, List.copyOf(bindings));
      }
      List<NewTopic> topics = new ArrayList<>();
      for (JsonNode topic : documents(base.resolve("kafka-topics.yaml"), "KafkaTopic")) {
        Map<String, String> config = new LinkedHashMap<>();
        topic
            .at("/spec/config")
            .fields()
            .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        // One broker here: the replication settings are the cluster's, everything else is kept.
        config.remove("min.insync.replicas");
        topics.add(
            new NewTopic(
                    topic.at("/spec/topicName").asText(),
                    topic.at("/spec/partitions").asInt(),
                    (short) 1)
                .configs(config));
      }
      return new ShippedKafkaManifests(Map.copyOf(acls), List.copyOf(topics));
    } catch (IOException e) {
      throw new IllegalStateException("The Kafka manifests in " + base + " could not be read", e);
    }
  }

  /** The users the manifests declare, each with its ACLs. */
  Map<String, List<AclBinding>> acls() {
    return acls;
  }

  /** The topics the manifests declare, for one broker. */
  List<NewTopic> topics() {
    return topics;
  }

  private static AclBinding binding(String user, JsonNode resource, String operation) {
    ResourceType type = ResourceType.fromString(camelToSnake(resource.get("type").asText()));
    String name = type == ResourceType.CLUSTER ? CLUSTER_RESOURCE : resource.get("name").asText();
    PatternType pattern =
        "prefix".equals(resource.path("patternType").asText("literal"))
            ? PatternType.PREFIXED
            : PatternType.LITERAL;
    AclOperation parsed = AclOperation.fromString(camelToSnake(operation));
    if (type == ResourceType.UNKNOWN || parsed == AclOperation.UNKNOWN) {
      throw new IllegalStateException(
          "Unreadable ACL of " + user + ": " + resource + " " + operation);
    }
    return new AclBinding(
        new ResourcePattern(type, name, pattern),
        new AccessControlEntry("User:" + user, "*", parsed, AclPermissionType.ALLOW));
  }

  /** Strimzi spells {@code transactionalId} and {@code IdempotentWrite}; Kafka's enums snake. */
  private static String camelToSnake(String value) {
    return value.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static List<JsonNode> documents(Path file, String kind) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<JsonNode> documents = new ArrayList<>();
    try (YAMLParser parser = new YAMLFactory().createParser(Files.readString(file))) {
      for (JsonNode document : yaml.readValues(parser, JsonNode.class).readAll()) {
        if (kind.equals(document.path("kind").asText())) {
          documents.add(document);
        }
      }
    }
    return documents;
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(BASE))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "No " + BASE + " above " + Path.of("").toAbsolutePath() + ": run from the repository");
  }
}
