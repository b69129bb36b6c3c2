package io.dtmonitor.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;

/**
 * Creates the topics a service declares (and their dead-letter topics) when they are missing.
 * Called from the relay and consumer threads before their first use, never from start-up, so a
 * service starts while the broker is down.
 */
@ApplicationScoped
public class TopicProvisioner {

  /** Suffix of the dead-letter topic of a topic. */
  public static final String DEAD_LETTER_SUFFIX = ".dlt";

  private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

  private final KafkaClients clients;
  private final MessagingConfig config;
  private final AtomicBoolean provisioned = new AtomicBoolean();

  public TopicProvisioner(KafkaClients clients, MessagingConfig config) {
    this.clients = clients;
    this.config = config;
  }

  /** Ensures every declared topic exists; returns quietly once that has succeeded. */
  public void ensureTopics() throws InterruptedException {
    if (provisioned.get() || !config.provisionTopics()) {
      return;
    }
    synchronized (this) {
      if (provisioned.get()) {
        return;
      }
      try (Admin admin = clients.admin()) {
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        List<NewTopic> missing =
            config.topics().entrySet().stream()
                .flatMap(e -> List.of(topic(e.getKey(), e.getValue()), deadLetter(e)).stream())
                .filter(topic -> !existing.contains(topic.name()))
                .toList();
        if (!missing.isEmpty()) {
          admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
          LOG.infof("Created topics %s", missing.stream().map(NewTopic::name).toList());
        }
        provisioned.set(true);
      } catch (ExecutionException | TimeoutException e) {
        if (e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) {
          provisioned.set(true);
          return;
        }
        throw new IllegalStateException("Topics could not be provisioned: " + e, e);
      }
    }
  }

  private NewTopic topic(String name, MessagingConfig.Topic settings) {
    Map<String, String> topicConfig =
        settings.cleanupPolicy().equals(TopicConfig.CLEANUP_POLICY_COMPACT)
            ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
            : Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG,
                "-1");
    return new NewTopic(name, Optional.of(settings.partitions()), settings.replicationFactor())
        .configs(topicConfig);
  }

  private NewTopic deadLetter(Map.Entry<String, MessagingConfig.Topic> entry) {
    return new NewTopic(
            entry.getKey() + DEAD_LETTER_SUFFIX,
            Optional.of(1),
            entry.getValue().replicationFactor())
        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
  }
}
