package io.dtmonitor.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** The SQLSTATE classes that decide between 400, 503 and 500, found however deeply wrapped. */
class DatabaseFailuresTest {

  @Test
  void aConnectionFailureOrShutdownIsUnavailableWhereverItIsWrapped() {
    assertTrue(DatabaseFailures.isUnavailable(wrapped(new SQLException("refused", "08001"))));
    assertTrue(DatabaseFailures.isUnavailable(wrapped(new SQLException("lost", "08006"))));
    assertTrue(
        DatabaseFailures.isUnavailable(
            wrapped(new SQLException("terminating connection due to administrator", "57P01"))));
    assertTrue(
        DatabaseFailures.isUnavailable(
            wrapped(new SQLTransientConnectionException("no connection from the pool"))));
    assertFalse(DatabaseFailures.isDataException(wrapped(new SQLException("lost", "08006"))));
  }

  @Test
  void aDataExceptionIsAboutTheRequestAndNotAnOutage() {
    SQLException nul = new SQLException("invalid byte sequence", "22021");
    assertTrue(DatabaseFailures.isDataException(wrapped(nul)));
    assertFalse(DatabaseFailures.isUnavailable(wrapped(nul)));
  }

  @Test
  void otherFailuresAreNeither() {
    SQLException unique = new SQLException("duplicate key", "23505");
    assertFalse(DatabaseFailures.isUnavailable(wrapped(unique)));
    assertFalse(DatabaseFailures.isDataException(wrapped(unique)));
    assertFalse(DatabaseFailures.isUnavailable(new IllegalStateException("no SQL at all")));
    assertFalse(DatabaseFailures.isUnavailable(new SQLException("no state")));
  }

  private static RuntimeException wrapped(SQLException cause) {
    return new IllegalStateException("transaction failed", new RuntimeException("jdbc", cause));
  }
}
