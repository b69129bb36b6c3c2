package io.dtmonitor.platform.persistence;

import jakarta.persistence.EntityManager;

/**
 * Named locks held until the current transaction ends (PostgreSQL advisory locks keyed by a hash of
 * the name), for work that must not run twice at once for the same thing although no row exists yet
 * to lock, such as numbering a new revision or opening a report.
 */
public final class TransactionLocks {

  private TransactionLocks() {}

  /** Waits for, then holds until the transaction ends, the lock named {@code name}. */
  public static void lock(EntityManager entityManager, String name) {
    entityManager
        .createNativeQuery(
            "select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
        .setParameter(1, name)
        .getSingleResult();
  }
}
