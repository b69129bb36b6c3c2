package io.dtmonitor.platform.persistence;

import io.dtmonitor.platform.errors.Causes;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.hibernate.StaleStateException;

/**
 * Tells apart the database failures that say something about the request from those that say the
 * database is out of reach, by the PostgreSQL SQLSTATE anywhere in the cause chain or among the
 * exceptions suppressed along it (Hibernate, the transaction manager and the pool each wrap it, and
 * the transaction manager attaches a failed commit's cause as a suppressed exception). The HTTP
 * layer answers the first with 400 and the second with 503; the inbox retries the second without
 * giving up.
 */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /**
   * A data exception (SQLSTATE class 22): a value no column can hold, such as a NUL character in
   * text or a number out of range.
   */
  public static boolean isDataException(Throwable failure) {
    return Causes.any(failure, cause -> hasSqlState(cause, "22"));
  }

  /**
   * The database cannot be reached or is shutting down: connection exceptions (class 08), operator
   * intervention such as an immediate shutdown (57P), or a connection the pool could not provide.
   */
  public static boolean isUnavailable(Throwable failure) {
    return Causes.any(
        failure,
        cause ->
            cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                || hasSqlState(cause, "08")
                || hasSqlState(cause, "57P")
                || isPoolTimeout(cause));
  }

  /**
   * The failure ended the transaction's commit: the database may have committed before the
   * connection broke, so whether the change was saved is unknown to the service.
   */
  public static boolean isDuringCommit(Throwable failure) {
    return Causes.any(
        failure,
        cause ->
            cause instanceof RollbackException
                || cause instanceof HeuristicMixedException
                || cause instanceof HeuristicRollbackException);
  }

  /**
   * Another transaction changed the same row first: an optimistic version check failed, or
   * PostgreSQL aborted the transaction as a serialization failure or deadlock (class 40).
   */
  public static boolean isConcurrentUpdate(Throwable failure) {
    return Causes.any(
        failure,
        cause ->
            cause instanceof OptimisticLockException
                || cause instanceof StaleStateException
                || hasSqlState(cause, "40"));
  }

  /** Agroal's "Sorry, acquisition timeout!": a plain SQLException with no SQLSTATE. */
  private static boolean isPoolTimeout(Throwable cause) {
    return cause instanceof SQLException sql
        && sql.getSQLState() == null
        && String.valueOf(sql.getMessage()).contains("acquisition timeout");
  }

  private static boolean hasSqlState(Throwable cause, String prefix) {
    return cause instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith(prefix);
  }
}
