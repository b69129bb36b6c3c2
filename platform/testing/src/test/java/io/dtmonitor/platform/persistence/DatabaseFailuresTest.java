package io.dtmonitor.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
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
    assertTrue(
        DatabaseFailures.isUnavailable(wrapped(new SQLException("Sorry, acquisition timeout!"))));
    assertFalse(DatabaseFailures.isDataException(wrapped(new SQLException("lost", "08006"))));
  }

  @Test
  void aConnectionLostDuringCommitIsUnavailableAndOfUnknownOutcome() {
    XAException commit = new XAException("Error trying to transactionCommit local transaction");
    commit.addSuppressed(new SQLException("An I/O error occurred", "08006"));
    RollbackException rollback = new RollbackException("Could not commit transaction.");
    rollback.addSuppressed(commit);
    RuntimeException failure =
        new IllegalStateException("Error invoking subclass method", rollback);

    assertTrue(DatabaseFailures.isUnavailable(failure));
    assertTrue(DatabaseFailures.isDuringCommit(failure));
    assertFalse(DatabaseFailures.isDuringCommit(wrapped(new SQLException("refused", "08001"))));
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
