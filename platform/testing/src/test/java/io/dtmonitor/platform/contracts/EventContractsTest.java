package io.dtmonitor.platform.contracts;

import io.dtmonitor.platform.testing.EventContracts;
import org.junit.jupiter.api.Test;

/** The event contracts in docs/ hang together. */
class EventContractsTest {

  @Test
  void noSchemaIsOrphaned() {
    EventContracts.assertNoOrphanSchemas();
  }
}
