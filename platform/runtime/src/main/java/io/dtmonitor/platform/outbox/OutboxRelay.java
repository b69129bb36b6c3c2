package io.dtmonitor.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.dtmonitor.platform.events.KafkaClients;
import io.dtmonitor.platform.events.MessagingConfig;
import io.dtmonitor.platform.events.TopicProvisioner;
import io.dtmonitor.platform.tracing.EventTracing;
import io.dtmonitor.platform.tracing.TraceContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka and marks them published.
 *
 * <p>It selects every unpublished row in id order rather than tracking a high-water mark, so a row
 * whose transaction commits after a row with a higher id is still published on a later pass.
 * Per-aggregate order holds because two transactions that change one aggregate serialize on its
 * row, and because each batch is sent in one Kafka transaction: read-committed consumers see a
 * batch whole and in order, or not at all, so a batch that partly failed and is sent again cannot
 * put a later event ahead of an earlier one. A transaction-scoped advisory lock keeps several
 * instances of a service from publishing the same rows concurrently. A crash between the Kafka
 * commit and the mark re-sends the batch: consumers de-duplicate by event id. Each event is
 * published in a span of the trace that wrote it, whose context the CloudEvent carries on.
 *
 * <p>The relay is woken right after each commit that appended rows; the poll interval only bounds
 * the delay when a wake-up is missed (another instance's commit, a failed batch).
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final String PROCESS_INSTANCE = UUID.randomUUID().toString();

  private static final String SELECT_PENDING =
      """
      select id, event_id, topic, event_type, aggregate_type, aggregate_id, region, data_schema,
             payload, occurred_at, trace_parent, trace_state
        from outbox
       where published_at is null
       order by id
       limit ?
      """;

  private final DataSource dataSource;
  private final KafkaClients kafkaClients;
  private final TopicProvisioner topics;
  private final MessagingConfig config;
  private final RelayStatus status;
  private final EventTracing tracing;
  private final Semaphore wakeUps = new Semaphore(0);
  private volatile boolean running;
  private ExecutorService executor;
  private Producer<String, CloudEvent> producer;

  public OutboxRelay(
      DataSource dataSource,
      KafkaClients kafkaClients,
      TopicProvisioner topics,
      MessagingConfig config,
      RelayStatus status,
      EventTracing tracing) {
    this.dataSource = dataSource;
    this.kafkaClients = kafkaClients;
    this.topics = topics;
    this.config = config;
    this.status = status;
    this.tracing = tracing;
  }

  void start(@Observes StartupEvent event) {
    if (!config.outbox().relayEnabled()) {
      return;
    }
    running = true;
    executor =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "outbox-relay");
              thread.setDaemon(true);
              return thread;
            });
    executor.submit(this::run);
  }

  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    if (executor == null) {
      return;
    }
    running = false;
    wakeUps.release();
    executor.shutdown();
    if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
      executor.shutdownNow();
    }
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
    wakeUps.release();
  }

  private void run() {
    Duration backoff = Duration.ofMillis(200);
    while (running) {
      try {
        status.passStarted();
        topics.ensureTopics();
        if (producer == null) {
          producer = transactionalProducer();
        }
        int published = publishBatch();
        status.passSucceeded(published);
        backoff = Duration.ofMillis(200);
        if (published < config.outbox().batchSize()) {
          wakeUps.tryAcquire(config.outbox().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
          wakeUps.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (Exception e) {
        status.passFailed(e);
        LOG.warnf("Outbox relay failed, retrying in %d ms: %s", backoff.toMillis(), e.toString());
        closeProducer();
        sleep(backoff);
        backoff = min(backoff.multipliedBy(2), config.outbox().maxBackoff());
      }
    }
    closeProducer();
  }

  /**
   * A producer under this instance's transactional id; initialising it fences the producer of a
   * previous run of this instance and aborts the Kafka transaction that one left open. Without a
   * configured or container host name, the id is unique to this process: instances then never fence
   * each other, and a crashed one's open transaction is aborted by the broker after the transaction
   * timeout instead of at once.
   */
  private Producer<String, CloudEvent> transactionalProducer() {
    String name = config.source().replaceAll("^/+", "").replace('/', '-') + "-outbox";
    String instance =
        config
            .outbox()
            .instance()
            .or(() -> Optional.ofNullable(System.getenv("HOSTNAME")))
            .orElse(PROCESS_INSTANCE);
    Producer<String, CloudEvent> created =
        kafkaClients.transactionalCloudEventProducer(
            name, name + "-" + instance, config.outbox().transactionTimeout());
    try {
      created.initTransactions();
      return created;
    } catch (RuntimeException e) {
      created.close(Duration.ZERO);
      throw e;
    }
  }

  private void closeProducer() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
  }

  /** Publishes one batch and returns how many rows it marked published. */
  int publishBatch() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        if (!acquireRelayLock(connection)) {
          connection.rollback();
          return 0;
        }
        List<Row> rows = pending(connection);
        if (rows.isEmpty()) {
          connection.rollback();
          return 0;
        }
        send(rows);
        markPublished(connection, rows);
        connection.commit();
        return rows.size();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private boolean acquireRelayLock(Connection connection) throws SQLException {
    try (PreparedStatement lock =
            connection.prepareStatement(
                "select pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox-relay'))");
        ResultSet result = lock.executeQuery()) {
      result.next();
      return result.getBoolean(1);
    }
  }

  private List<Row> pending(Connection connection) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
      select.setInt(1, config.outbox().batchSize());
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(
              new Row(
                  result.getLong("id"),
                  result.getObject("event_id", UUID.class),
                  result.getString("topic"),
                  result.getString("event_type"),
                  result.getString("aggregate_type"),
                  result.getString("aggregate_id"),
                  result.getString("region"),
                  result.getString("data_schema"),
                  result.getString("payload"),
                  result.getObject("occurred_at", java.time.OffsetDateTime.class),
                  new TraceContext(
                      result.getString("trace_parent"), result.getString("trace_state"))));
        }
      }
    }
    return rows;
  }

  /**
   * Sends the rows in one Kafka transaction and returns once it is committed; each row's span ends
   * with the transaction.
   */
  private void send(List<Row> rows) {
    List<Span> spans = new ArrayList<>(rows.size());
    producer.beginTransaction();
    try {
      for (Row row : rows) {
        Span span =
            tracing.startPublishing(row.topic(), row.eventId().toString(), row.type(), row.trace());
        spans.add(span);
        producer.send(
            new ProducerRecord<>(
                row.topic(), row.aggregateId(), toCloudEvent(row, tracing.contextOf(span))));
      }
      producer.commitTransaction();
      spans.forEach(Span::end);
    } catch (KafkaException e) {
      abortQuietly();
      for (Span span : spans) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR);
        span.end();
      }
      throw new IllegalStateException("The batch was not committed to Kafka: " + e, e);
    }
  }

  /** Aborts the open transaction; the producer is closed next, which aborts it in any case. */
  private void abortQuietly() {
    try {
      producer.abortTransaction();
    } catch (KafkaException e) {
      LOG.debugf("Abort after a failed batch failed as well: %s", e.toString());
    }
  }

  private CloudEvent toCloudEvent(Row row, TraceContext publishing) {
    CloudEventBuilder builder =
        CloudEventBuilder.v1()
            .withId(row.eventId().toString())
            .withSource(URI.create(config.source()))
            .withType(row.type())
            .withSubject(row.aggregateId())
            .withTime(row.occurredAt())
            .withDataContentType("application/json")
            .withExtension("aggregatetype", row.aggregateType())
            .withData(row.payload().getBytes(StandardCharsets.UTF_8));
    if (row.dataSchema() != null) {
      builder.withDataSchema(URI.create(row.dataSchema()));
    }
    if (row.region() != null) {
      builder.withExtension("region", row.region());
    }
    if (publishing.traceparent() != null) {
      builder.withExtension(EventTracing.TRACEPARENT, publishing.traceparent());
    }
    if (publishing.tracestate() != null) {
      builder.withExtension(EventTracing.TRACESTATE, publishing.tracestate());
    }
    return builder.build();
  }

  private void markPublished(Connection connection, List<Row> rows) throws SQLException {
    Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
    try (PreparedStatement update =
        connection.prepareStatement("update outbox set published_at = now() where id = any (?)")) {
      Array array = connection.createArrayOf("bigint", ids);
      update.setArray(1, array);
      update.executeUpdate();
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Row(
      long id,
      UUID eventId,
      String topic,
      String type,
      String aggregateType,
      String aggregateId,
      String region,
      String dataSchema,
      String payload,
      java.time.OffsetDateTime occurredAt,
      TraceContext trace) {}
}
