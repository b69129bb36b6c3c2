package io.dtmonitor.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventKindTest {

  @Test
  void theDataSchemaFollowsFromTheType() {
    assertEquals(
        "https://dtmonitor.io/schemas/events/programme-version-adopted.v1.schema.json",
        new EventKind("t", "io.dtmonitor.programme.ProgrammeVersionAdopted.v1", "programme")
            .dataSchema());
    assertEquals(
        "https://dtmonitor.io/schemas/events/target-set.v2.schema.json",
        new EventKind("t", "io.dtmonitor.indicator.TargetSet.v2", "target").dataSchema());
  }

  @Test
  void eachEventOfAKindIsANewOneAboutItsAggregate() {
    EventKind kind =
        new EventKind("dtm.report.events.v1", "io.dtmonitor.report.ReportSubmitted.v1", "report");
    Instant at = Instant.parse("2022-04-20T09:00:00Z");
    OutgoingEvent first = kind.about("r-1", "UA-53", at, Map.of("a", 1));
    OutgoingEvent second = kind.about("r-1", "UA-53", at, Map.of("a", 1));

    assertEquals("dtm.report.events.v1", first.topic());
    assertEquals("io.dtmonitor.report.ReportSubmitted.v1", first.type());
    assertEquals(kind.dataSchema(), first.dataSchema());
    assertEquals("report", first.aggregateType());
    assertEquals("r-1", first.aggregateId());
    assertEquals("UA-53", first.region());
    assertEquals(at, first.occurredAt());
    assertNotEquals(first.id(), second.id());
  }

  @Test
  void aTypeOutsideTheConventionIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new EventKind("t", "ProgrammeRegistered", "programme"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EventKind("t", "io.dtmonitor.programme.ProgrammeRegistered", "programme"));
  }
}
