package io.dtmonitor.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** A client that left is told from a service's own write failures, however deeply wrapped. */
class ClientDisconnectsTest {

  @Test
  void aClosedConnectionOrResetStreamIsTheClientLeaving() {
    // As Quarkus REST reports a streamed response whose client closed the connection.
    assertTrue(
        ClientDisconnects.caused(
            new IOException(
                new IOException(
                    "Failed to write",
                    new IOException(new HttpClosedException("Connection was closed"))))));
    assertTrue(
        ClientDisconnects.caused(
            new UncheckedIOException(new IOException(new StreamResetException(8)))));
  }

  @Test
  void otherWriteFailuresAreNot() {
    assertFalse(ClientDisconnects.caused(new IOException("Failed to write")));
    assertFalse(ClientDisconnects.caused(new IllegalStateException("Response already written")));
  }
}
