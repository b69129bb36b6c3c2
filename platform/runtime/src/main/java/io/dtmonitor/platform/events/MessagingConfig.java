package io.dtmonitor.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of the outbox relay, the inbox consumers and the topics a service declares. */
@ConfigMapping(prefix = "dtm.messaging")
public interface MessagingConfig {

  /** CloudEvents {@code source} of everything this service publishes, e.g. /programme-service. */
  String source();

  Outbox outbox();

  Inbox inbox();

  /** Topics this service publishes or consumes, created at start when missing. */
  Map<String, Topic> topics();

  /**
   * Whether this service creates its missing topics; off where the platform provisions them
   * (Strimzi KafkaTopics) and the service's Kafka identity may not create any.
   */
  @WithDefault("true")
  boolean provisionTopics();

  interface Outbox {
    /** Whether this instance runs the relay; turned off only in tests of the outbox itself. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Fallback poll period; commits wake the relay at once, so this bounds only lost wakes. */
    @WithDefault("2s")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** Longest wait between retries while the broker is unreachable. */
    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * Names this instance's transactional producer ({@code <source>-outbox-<instance>}). It must
     * differ between instances that run at the same time and stay the same across a restart of one,
     * so the restart aborts what the crashed instance left open; by default the host name (the pod
     * name on Kubernetes). Instances that share a host name must set it.
     */
    Optional<String> instance();

    /**
     * How long an open Kafka transaction of a vanished instance (one not restarted under the same
     * name) can hold back read-committed consumers before the broker aborts it.
     */
    @WithDefault("15s")
    Duration transactionTimeout();

    /**
     * How long the relay may fail to publish (or hang in one attempt) before readiness reports it
     * DOWN. Long enough to ride out a broker's rolling restart; the outbox keeps every event
     * meanwhile.
     */
    @WithDefault("2m")
    Duration unhealthyAfter();
  }

  interface Inbox {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("1s")
    Duration pollTimeout();

    /** Attempts at an event that fails for a non-transient reason before it is dead-lettered. */
    @WithDefault("3")
    int maxAttempts();

    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * How far ahead of this service's clock an event's times may be (the producer's clock may run
     * ahead); a later time makes the event poison.
     */
    @WithDefault("5m")
    Duration clockSkew();

    /** How often each consumer group's lag is read from the broker ({@code dtm_inbox_lag}). */
    @WithDefault("15s")
    Duration lagInterval();
  }

  interface Topic {
    @WithDefault("3")
    int partitions();

    /**
     * Copies of each partition; unset, the broker's {@code default.replication.factor} (3 where
     * Kafka runs as three brokers, 1 on the single broker of {@code ./dtm up}).
     */
    Optional<Short> replicationFactor();

    /** {@code delete} (retention.ms=-1, events kept forever) or {@code compact}. */
    @WithDefault("delete")
    String cleanupPolicy();
  }
}
