package io.dtmonitor.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The processed-event table: one row per (consumer, event id), written with the effect. */
@ApplicationScoped
public class Inbox {

  private final EntityManager entityManager;

  public Inbox(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Records the event as processed by {@code consumer}; returns false when it already was, in which
   * case the caller skips the effect and the row counts one more redelivery.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean markProcessed(String consumer, String eventId, String type, String topic) {
    // xmax is 0 only on a freshly inserted row; an updated (conflicting) row carries this
    // transaction's id.
    Object firstDelivery =
        entityManager
            .createNativeQuery(
                """
                insert into inbox (consumer, event_id, event_type, topic) values (?1, ?2, ?3, ?4)
                on conflict (consumer, event_id) do update set redeliveries = inbox.redeliveries + 1
                returning xmax = 0
                """)
            .setParameter(1, consumer)
            .setParameter(2, eventId)
            .setParameter(3, type)
            .setParameter(4, topic)
            .getSingleResult();
    return Boolean.TRUE.equals(firstDelivery);
  }
}
