package io.dtmonitor.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells apart the database failures that say something about the request from those that say the
 * database is out of reach, by the PostgreSQL SQLSTATE anywhere in the cause chain (Hibernate, the
 * transaction manager and the pool each wrap it). The HTTP layer answers the first with 400 and the
 * second with 503; the inbox retries the second without giving up.
 */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /**
   * A data exception (SQLSTATE class 22): a value no column can hold, such as a NUL character in
   * text or a number out of range.
   */
  public static boolean isDataException(Throwable failure) {
    return hasSqlState(failure, "22");
  }

  /**
   * The database cannot be reached or is shutting down: connection exceptions (class 08), operator
   * intervention such as an immediate shutdown (57P), or a connection the pool could not provide.
   */
  public static boolean isUnavailable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
        return true;
      }
    }
    return hasSqlState(failure, "08") || hasSqlState(failure, "57P");
  }

  private static boolean hasSqlState(Throwable failure, String prefix) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
