package io.dtmonitor.platform.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The ACLs of deploy/k8s/base/kafka-users.yaml, enforced by the test broker: a service may publish
 * only its own events and consume only what it consumes, so a compromised indicator-service cannot
 * forge what programme-service says.
 */
class ShippedKafkaAclsTest {

  private static final String PROGRAMME_TOPIC = "dtm.programme.events.v1";

  @Test
  void aServicePublishesItsOwnEventsOnly() {
    assertDoesNotThrow(() -> send("programme-service", PROGRAMME_TOPIC));
    assertInstanceOf(
        TopicAuthorizationException.class,
        failure(() -> send("indicator-service", PROGRAMME_TOPIC)));
    assertInstanceOf(
        TopicAuthorizationException.class,
        failure(() -> send("reporting-service", PROGRAMME_TOPIC)));
    assertInstanceOf(
        TopicAuthorizationException.class,
        failure(() -> send("programme-service", "dtm.report.events.v1")));
  }

  @Test
  void aServiceWritesTheDeadLettersOfWhatItConsumesButNotOfWhatItPublishes() {
    assertDoesNotThrow(() -> send("reporting-service", PROGRAMME_TOPIC + ".dlt"));
    assertInstanceOf(
        TopicAuthorizationException.class,
        failure(() -> send("programme-service", PROGRAMME_TOPIC + ".dlt")));
  }

  @Test
  void aServiceReadsUnderItsOwnConsumerGroupsOnly() {
    assertDoesNotThrow(
        () ->
            read("reporting-service", "reporting.acl-test-" + UUID.randomUUID(), PROGRAMME_TOPIC));
    assertInstanceOf(
        GroupAuthorizationException.class,
        failure(() -> read("reporting-service", "indicator.programmes", PROGRAMME_TOPIC)));
    assertInstanceOf(
        TopicAuthorizationException.class,
        failure(() -> read("programme-service", "programme.acl-test", "dtm.indicator.events.v1")));
  }

  @Test
  void aServiceOpensTransactionsUnderItsOwnNameOnly() {
    assertDoesNotThrow(() -> transaction("indicator-service", "indicator-service-outbox-acl-test"));
    assertInstanceOf(
        TransactionalIdAuthorizationException.class,
        failure(() -> transaction("indicator-service", "programme-service-outbox-acl-test")));
  }

  @Test
  void noServiceCreatesTopics() {
    Map<String, Object> config = KafkaTestResource.clientConfig("programme-service");
    try (Admin admin = Admin.create(config)) {
      ExecutionException refused =
          assertThrows(
              ExecutionException.class,
              () ->
                  admin
                      .createTopics(List.of(new NewTopic("dtm.forged.v1", 1, (short) 1)))
                      .all()
                      .get(10, TimeUnit.SECONDS));
      assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
    }
  }

  @Test
  void aWrongPasswordIsNotLetIn() {
    Map<String, Object> config = new HashMap<>(KafkaTestResource.clientConfig("programme-service"));
    config.put(
        SaslConfigs.SASL_JAAS_CONFIG,
        "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"programme-service\" password=\"guessed\";");
    assertInstanceOf(
        SaslAuthenticationException.class, failure(() -> send(config, PROGRAMME_TOPIC)));
  }

  private static void send(String user, String topic) throws Exception {
    send(KafkaTestResource.clientConfig(user), topic);
  }

  private static void send(Map<String, Object> client, String topic) throws Exception {
    Map<String, Object> config = new HashMap<>(client);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "acl-test", "{}")).get(15, TimeUnit.SECONDS);
    }
  }

  private static void read(String user, String group, String topic) {
    Map<String, Object> config = new HashMap<>(KafkaTestResource.clientConfig(user));
    config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200));
      }
      if (consumer.assignment().isEmpty()) {
        throw new AssertionError(user + " was never assigned " + topic);
      }
    }
  }

  private static void transaction(String user, String transactionalId) {
    Map<String, Object> config = new HashMap<>(KafkaTestResource.clientConfig(user));
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.initTransactions();
    }
  }

  /** The Kafka exception an action ends in, unwrapped from the future that carried it. */
  private static Throwable failure(ThrowingAction action) {
    Throwable thrown = assertThrows(Exception.class, action::run);
    return thrown instanceof ExecutionException ? thrown.getCause() : thrown;
  }

  @FunctionalInterface
  private interface ThrowingAction {
    void run() throws Exception;
  }
}
