package io.dtmonitor.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;

/** The processed-event table: one row per (consumer, event id), written with the effect. */
@ApplicationScoped
public class Inbox {

  // xmax is 0 only on a freshly inserted row; an updated (conflicting) row carries this
  // transaction's id.
  private static final String MARK_ALL =
      """
      insert into inbox (consumer, event_id, event_type, topic)
      select ?, received.event_id, received.event_type, received.topic
        from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]))
             as received (event_id, event_type, topic)
      on conflict (consumer, event_id) do update set redeliveries = inbox.redeliveries + 1
      returning event_id, xmax = 0
      """;

  private final EntityManager entityManager;

  public Inbox(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** An event as it arrived: its id, its type and the topic it came from. */
  public record Received(String eventId, String type, String topic) {}

  /**
   * Records the event as processed by {@code consumer}; returns false when it already was, in which
   * case the caller skips the effect and the row counts one more redelivery.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean markProcessed(String consumer, Received event) {
    return markProcessed(consumer, List.of(event)).get(0);
  }

  /**
   * Records every event as processed by {@code consumer} in one statement, whatever their number,
   * and returns for each whether this is its first delivery: false for an event processed before
   * and for the second and later copies of one event in the list. Each such redelivery is counted.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Boolean> markProcessed(String consumer, List<Received> events) {
    Map<String, Received> distinct = new LinkedHashMap<>();
    List<Received> repeated = new ArrayList<>();
    List<Boolean> firstCopy = new ArrayList<>(events.size());
    for (Received event : events) {
      boolean first = distinct.putIfAbsent(event.eventId(), event) == null;
      firstCopy.add(first);
      if (!first) {
        repeated.add(event);
      }
    }
    Set<String> firstDeliveries = upsert(consumer, List.copyOf(distinct.values()));
    // One statement may not update a row twice, so a copy within the list is counted afterwards.
    repeated.forEach(copy -> upsert(consumer, List.of(copy)));
    List<Boolean> result = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      result.add(firstCopy.get(i) && firstDeliveries.contains(events.get(i).eventId()));
    }
    return result;
  }

  /** Inserts or counts a redelivery of each event, and returns the ids inserted. */
  private Set<String> upsert(String consumer, List<Received> events) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              Set<String> inserted = new HashSet<>();
              try (PreparedStatement mark = connection.prepareStatement(MARK_ALL)) {
                mark.setString(1, consumer);
                mark.setArray(2, varchars(connection, events, Received::eventId));
                mark.setArray(3, varchars(connection, events, Received::type));
                mark.setArray(4, varchars(connection, events, Received::topic));
                try (ResultSet rows = mark.executeQuery()) {
                  while (rows.next()) {
                    if (rows.getBoolean(2)) {
                      inserted.add(rows.getString(1));
                    }
                  }
                }
              }
              return inserted;
            });
  }

  private static Array varchars(
      Connection connection, List<Received> events, Function<Received, String> field)
      throws SQLException {
    return connection.createArrayOf("varchar", events.stream().map(field).toArray());
  }
}
