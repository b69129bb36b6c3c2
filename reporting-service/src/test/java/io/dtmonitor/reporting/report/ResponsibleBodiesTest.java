package io.dtmonitor.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.dtmonitor.platform.testing.HarnessEvents;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.reporting.integration.ProgrammeEventsFixture;
import io.dtmonitor.reporting.integration.programme.ProgrammeEventsHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A report line names the bodies responsible for its measure as the programme version does, each
 * with its organisation's name at the end of the report's period, all learnt from
 * programme-service's events: a version's links and the organisations' names over time.
 */
@QuarkusTest
class ResponsibleBodiesTest {

  /** A region no other test reports for. */
  private static final String REGION = "UA-23";

  private static final String DIRECTORATE =
      "Управління інфраструктури та цифрової трансформації Полтавської обласної державної"
          + " адміністрації";

  @Inject ProgrammeEventsFixture programmes;
  @Inject ObjectMapper json;
  @Inject EntityManager entityManager;

  @Test
  void aLineNamesItsBodiesAsTheyWereCalledAtThePeriodsEnd() {
    UUID organisation = UUID.randomUUID();
    UUID programme = UUID.randomUUID();
    ObjectNode first = programmes.poltavaVersion(programme, 1).put("regionCode", REGION);
    ObjectNode second = programmes.poltavaVersion(programme, 2).put("regionCode", REGION);
    ArrayNode links = second.putArray("organisations");
    links.addObject().put("name", DIRECTORATE).put("organisationId", organisation.toString());
    links.addObject().put("name", "органи місцевого самоврядування").putNull("organisationId");

    // The rename arrives before the registration: the newer state stays.
    String renamed = publishState(organisation, 1, "Управління цифрового розвитку", "2022-01-01");
    String registered = publishState(organisation, 0, null, null);
    awaitProcessed(renamed);
    awaitProcessed(registered);
    programmes.adopt(first, second);

    String q4 = ReportCalls.create(REGION, programme, "2021-Q4");
    String q1 = ReportCalls.create(REGION, programme, "2022-Q1");

    read(q4)
        .body("lines.find { it.measureCode == '1.3' }.responsibleBodies.size()", equalTo(6))
        .body(
            "lines.find { it.measureCode == '1.3' }.responsibleBodies[0].name",
            equalTo(DIRECTORATE))
        .body(
            "lines.find { it.measureCode == '1.3' }.responsibleBodies[0].organisationId",
            equalTo(organisation.toString()))
        .body(
            "lines.find { it.measureCode == '1.3' }.responsibleBodies[0].organisationName",
            equalTo(DIRECTORATE))
        .body(
            "lines.find { it.measureCode == '1.3' }.responsibleBodies[2].name",
            equalTo("органи місцевого самоврядування"))
        .body(
            "lines.find { it.measureCode == '1.3' }.responsibleBodies[2].organisationId",
            nullValue());
    read(q1)
        .body(
            "lines.find { it.measureCode == '1.3' }.responsibleBodies[0].organisationName",
            equalTo("Управління цифрового розвитку"));
  }

  private static io.restassured.response.ValidatableResponse read(String report) {
    return given()
        .auth()
        .oauth2(Tokens.cdto(REGION))
        .get("/api/v1/reports/" + report)
        .then()
        .statusCode(200);
  }

  /** Publishes the organisation's state at {@code version}, renamed from a day when given. */
  private String publishState(UUID id, long version, String newName, String renamedOn) {
    ObjectNode state =
        json.createObjectNode()
            .put("organisationId", id.toString())
            .put("regionCode", REGION)
            .put("kind", "DEPARTMENT")
            .put("status", "REGISTERED")
            .putNull("edrpou")
            .put("version", version)
            .put("changedAt", "2022-01-01T00:00:00Z")
            .put("changedBy", "cdto");
    ArrayNode names = state.putArray("names");
    ObjectNode original = names.addObject().putNull("validFrom").put("nameUk", DIRECTORATE);
    original.putNull("nameEn");
    if (newName == null) {
      original.putNull("validUntil");
    } else {
      original.put("validUntil", renamedOn);
      names
          .addObject()
          .put("validFrom", renamedOn)
          .putNull("validUntil")
          .put("nameUk", newName)
          .putNull("nameEn");
    }
    String eventId = UUID.randomUUID().toString();
    HarnessEvents.publish(
        ProgrammeEventsHandler.ORGANISATION_TOPIC,
        id.toString(),
        CloudEventBuilder.v1()
            .withId(eventId)
            .withSource(URI.create("/programme-service"))
            .withType(
                newName == null
                    ? "io.dtmonitor.programme.OrganisationRegistered.v1"
                    : "io.dtmonitor.programme.OrganisationRenamed.v1")
            .withSubject(id.toString())
            .withTime(OffsetDateTime.now())
            .withDataContentType("application/json")
            .withExtension("region", REGION)
            .withData(state.toString().getBytes(StandardCharsets.UTF_8))
            .build());
    return eventId;
  }

  private void awaitProcessed(String eventId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Object known =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      entityManager
                          .createNativeQuery("select count(*) from inbox where event_id = ?1")
                          .setParameter(1, eventId)
                          .getSingleResult());
      if (((Number) known).intValue() == 1) {
        return;
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("reporting-service never processed event " + eventId);
  }
}
