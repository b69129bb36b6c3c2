package io.dtmonitor.programme.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.platform.events.OutgoingEvent;
import io.dtmonitor.platform.outbox.OutboxWriter;
import io.dtmonitor.platform.testing.EventContracts;
import io.dtmonitor.platform.testing.EventProbe;
import io.dtmonitor.platform.testing.EventProbe.ReceivedEvent;
import io.dtmonitor.platform.testing.EventSchemas;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events reach the real broker as CloudEvents through the outbox, and only when committed. */
@QuarkusTest
class ProgrammeEventsTest {

  static final Duration WAIT = Duration.ofSeconds(20);

  @Inject OutboxWriter outbox;
  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;

  @Test
  void registrationAndUpdatePublishSchemaValidCloudEvents() throws Exception {
    try (EventProbe probe = new EventProbe(ProgrammeEvents.TOPIC)) {
      String id =
          given()
              .auth()
              .oauth2(Tokens.cdto("UA-53"))
              .contentType(ContentType.JSON)
              .body(
                  """
                  {"regionCode": "UA-53", "titleUk": "Подія", "firstYear": 2024, "lastYear": 2026}
                  """)
              .post("/api/v1/programmes")
              .then()
              .statusCode(201)
              .extract()
              .path("id");

      ReceivedEvent registered =
          probe.await(e -> id.equals(e.key()) && ProgrammeEvents.REGISTERED.equals(e.type()), WAIT);
      assertEquals("1.0", registered.header("ce_specversion"));
      assertEquals("/programme-service", registered.header("ce_source"));
      assertEquals(id, registered.header("ce_subject"));
      assertEquals("UA-53", registered.header("ce_region"));
      assertEquals("programme", registered.header("ce_aggregatetype"));
      assertEquals("application/json", registered.header("content-type"));
      assertEquals(
          EventSchemas.SCHEMA_BASE + "programme-registered.v1.schema.json",
          registered.header("ce_dataschema"));
      assertNotNull(UUID.fromString(registered.header("ce_id")));
      assertNotNull(Instant.parse(registered.header("ce_time")));
      assertValid("programme-registered.v1", registered.data());
      JsonNode data = json.readTree(registered.data());
      assertEquals(id, data.get("programmeId").asText());
      assertEquals("DRAFT", data.get("status").asText());
      assertEquals(0, data.get("version").asInt());
      assertEquals(Tokens.subjectOf("cdto-ua-53"), data.get("changedBy").asText());
      assertFalse(
          registered.data().contains("cdto-ua-53"), "events name users by id, not user name");

      given()
          .auth()
          .oauth2(Tokens.cdto("UA-53"))
          .contentType(ContentType.JSON)
          .header("If-Match", "\"0\"")
          .body(
              """
              {"titleUk": "Подія 2", "firstYear": 2024, "lastYear": 2027}
              """)
          .put("/api/v1/programmes/" + id)
          .then()
          .statusCode(200);

      ReceivedEvent updated =
          probe.await(e -> id.equals(e.key()) && ProgrammeEvents.UPDATED.equals(e.type()), WAIT);
      assertValid("programme-updated.v1", updated.data());
      JsonNode updatedData = json.readTree(updated.data());
      assertEquals(1, updatedData.get("version").asInt());
      assertEquals(2027, updatedData.get("lastYear").asInt());
    }
  }

  @Test
  void everyPublishedTypeIsDocumentedInAsyncApi() {
    EventContracts.assertDocumented(
        ProgrammeEvents.REGISTERED,
        ProgrammeEvents.UPDATED,
        ProgrammeEvents.VERSION_ADOPTED,
        OrganisationEvents.REGISTERED,
        OrganisationEvents.RENAMED);
  }

  @Test
  void rolledBackTransactionPublishesNothing() {
    String aggregateId = UUID.randomUUID().toString();
    try (EventProbe probe = new EventProbe(ProgrammeEvents.TOPIC)) {
      assertThrows(
          IllegalStateException.class,
          () ->
              QuarkusTransaction.requiringNew()
                  .run(
                      () -> {
                        outbox.append(event(aggregateId));
                        throw new IllegalStateException("business rule failed after the write");
                      }));

      String committedId = UUID.randomUUID().toString();
      QuarkusTransaction.requiringNew().run(() -> outbox.append(event(committedId)));

      probe.await(e -> committedId.equals(e.key()), WAIT);
      assertTrue(probe.collect(e -> aggregateId.equals(e.key()), Duration.ofSeconds(1)).isEmpty());
      Number rows =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      (Number)
                          entityManager
                              .createNativeQuery(
                                  "select count(*) from outbox where aggregate_id = ?1")
                              .setParameter(1, aggregateId)
                              .getSingleResult());
      assertEquals(0, rows.intValue());
    }
  }

  @Test
  void everyExampleValidatesAgainstItsSchema() throws Exception {
    try (var files = java.nio.file.Files.list(EventSchemas.directory())) {
      var examples =
          files
              .map(p -> p.getFileName().toString())
              .filter(name -> name.endsWith(".example.json"))
              .map(name -> name.substring(0, name.length() - ".example.json".length()))
              .toList();
      assertTrue(examples.size() >= 2, "examples found: " + examples);
      for (String name : examples) {
        assertValid(name, json.writeValueAsString(EventSchemas.example(name)));
      }
    }
    assertTrue(
        !EventSchemas.validate(
                "programme-registered.v1", "{\"programmeId\": \"x\", \"unexpected\": true}")
            .isEmpty(),
        "the schema must reject an invalid event");
  }

  private static void assertValid(String schema, String data) {
    var errors = EventSchemas.validate(schema, data);
    assertTrue(errors.isEmpty(), schema + ": " + errors);
  }

  private static OutgoingEvent event(String aggregateId) {
    return new OutgoingEvent(
        UUID.randomUUID(),
        ProgrammeEvents.TOPIC,
        ProgrammeEvents.UPDATED,
        null,
        "programme",
        aggregateId,
        "UA-53",
        Instant.now(),
        Map.of("probe", aggregateId));
  }
}
