package io.dtmonitor.platform.http;

import io.dtmonitor.platform.persistence.DatabaseFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Deletes the idempotency keys past {@link HttpLimitsConfig#idempotencyKeyTtl}, with the answers
 * stored under them, every hour; a key is free again from then ({@link IdempotencyKeys} also frees
 * an expired key when it is sent again, so the purge only keeps the table small).
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

  private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);

  private final EntityManager entityManager;
  private final Duration ttl;

  public IdempotencyKeyPurge(EntityManager entityManager, HttpLimitsConfig limits) {
    this.entityManager = entityManager;
    this.ttl = limits.idempotencyKeyTtl();
  }

  @Scheduled(
      every = "1h",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      identity = "idempotency-key-purge")
  void scheduled() {
    try {
      purge();
    } catch (RuntimeException e) {
      if (!DatabaseFailures.isUnavailable(e)) {
        throw e;
      }
      LOG.warnf("Idempotency key purge skipped, the database is unavailable: %s", e.toString());
    }
  }

  /** Deletes the expired keys; returns how many. */
  public int purge() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery(
                        "delete from idempotency_key where created_at < now() - make_interval(secs => ?1)")
                    .setParameter(1, (double) ttl.toSeconds())
                    .executeUpdate());
  }
}
