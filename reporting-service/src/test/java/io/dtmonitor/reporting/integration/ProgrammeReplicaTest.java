package io.dtmonitor.reporting.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.dtmonitor.platform.testing.EventProbe;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.reporting.integration.programme.ProgrammeEventsHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The replica of adopted programme versions, built from the programme topic alone. */
@QuarkusTest
class ProgrammeReplicaTest {

  @Inject ProgrammeEventsFixture fixture;
  @Inject EntityManager entityManager;

  @Test
  void outOfOrderAndDuplicateDeliveriesChangeNothingTwice() {
    UUID programme = UUID.randomUUID();
    var v2 = fixture.poltavaVersion(programme, 2);
    CloudEvent first = fixture.publish(v2);
    fixture.publish(v2, first.getId());
    fixture.publish(v2);
    fixture.publish(fixture.poltavaVersion(programme, 1));
    fixture.publish(fixture.poltavaVersion(programme, 1));

    awaitCount("select count(*) from replica_version where programme_id = '" + programme + "'", 2);
    awaitCount(
        "select count(*) from inbox where consumer = 'reporting.programmes' and event_id like '%'",
        1);
    assertEquals(
        30,
        count(
            "select count(*) from replica_measure where programme_id = '"
                + programme
                + "' and version_number = 2"));
    assertEquals(
        0,
        count(
            "select count(*) from replica_measure where programme_id = '"
                + programme
                + "' and version_number = 1"));
    assertEquals(
        89,
        count(
            "select count(*) from replica_plan where programme_id = '"
                + programme
                + "' and version_number = 2"));
    assertEquals(
        "50235.700",
        single(
            "select sum(fixed_amount)::text from replica_plan where programme_id = '"
                + programme
                + "' and version_number = 2"));
    assertEquals(
        2,
        count(
            "select latest_version from replica_programme where programme_id = '"
                + programme
                + "'"));
    assertEquals(1, count("select count(*) from inbox where event_id = '" + first.getId() + "'"));
  }

  @Test
  void theReplicaRebuildsIdenticallyFromTheTopic() {
    UUID programme = UUID.randomUUID();
    fixture.publish(fixture.poltavaVersion(programme, 1));
    fixture.publish(fixture.poltavaVersion(programme, 2));
    awaitCount("select count(*) from replica_version where programme_id = '" + programme + "'", 2);
    List<String> before = snapshot();

    given()
        .auth()
        .oauth2(Tokens.admin())
        .post("/api/v1/admin/programme-replica/rebuild")
        .then()
        .statusCode(200)
        .body("recordsRead", greaterThanOrEqualTo(2));
    assertEquals(before, snapshot());
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-53"))
        .post("/api/v1/admin/programme-replica/rebuild")
        .then()
        .statusCode(403);
  }

  @Test
  void anEventCannotMoveAKnownProgrammeToAnotherRegion() {
    UUID programme = fixture.adopt(fixture.poltavaVersion(UUID.randomUUID(), 1));
    try (EventProbe deadLetters = new EventProbe(ProgrammeEventsHandler.TOPIC + ".dlt")) {
      CloudEvent moved =
          fixture.publish(fixture.poltavaVersion(programme, 2).put("regionCode", "UA-63"));
      var dead =
          deadLetters.await(e -> moved.getId().equals(e.header("ce_id")), Duration.ofSeconds(20));
      assertTrue(
          dead.header("dtm-dlt-reason").contains("cannot move it to UA-63"),
          dead.headers().toString());
    }
    assertEquals(
        1,
        count("select count(*) from replica_version where programme_id = '" + programme + "'"),
        "the moved version is not applied");
    assertEquals(
        1,
        count(
            "select count(*) from replica_programme where region_code = 'UA-53' and programme_id = '"
                + programme
                + "'"));
  }

  @Test
  void anEventFailingItsChecksIsDeadLetteredNamingEveryFailure() {
    UUID programme = UUID.randomUUID();
    ObjectNode forged = fixture.poltavaVersion(programme, 2).put("regionCode", "UA-99");
    ((ObjectNode) forged.at("/content/passport")).put("firstYear", 2030);
    ((ObjectNode) forged.at("/content/lines/0/planned")).put("kind", "GUESSED");
    String reason =
        deadLetteredUnapplied(
            programme, fixture.adopted(forged, UUID.randomUUID().toString(), OffsetDateTime.now()));
    assertTrue(reason.contains("regionCode must be a region this suite knows"), reason);
    assertTrue(reason.contains("(was UA-99)"), reason);
    assertTrue(reason.contains("content.passport.lastYearInOrder"), reason);
    assertTrue(reason.contains("content.lines[0].planned.kind must match"), reason);
  }

  @Test
  void anEventDatedInTheFutureIsDeadLettered() {
    UUID programme = UUID.randomUUID();
    CloudEvent early =
        fixture.adopted(
            fixture.poltavaVersion(programme, 2),
            UUID.randomUUID().toString(),
            OffsetDateTime.now().plusHours(1));
    String reason = deadLetteredUnapplied(programme, early);
    assertTrue(reason.contains("in the future"), reason);
  }

  /** Sends {@code event}, waits for its dead letter and returns the reason it gives. */
  private String deadLetteredUnapplied(UUID programme, CloudEvent event) {
    String reason;
    try (EventProbe deadLetters = new EventProbe(ProgrammeEventsHandler.TOPIC + ".dlt")) {
      fixture.send(programme.toString(), event);
      reason =
          deadLetters
              .await(e -> event.getId().equals(e.header("ce_id")), Duration.ofSeconds(20))
              .header("dtm-dlt-reason");
    }
    assertEquals(
        0,
        count("select count(*) from replica_programme where programme_id = '" + programme + "'"),
        "nothing of it reached the replica");
    return reason;
  }

  @Test
  void aPoisonEventIsDeadLetteredAndLaterEventsStillApply() {
    UUID programme = UUID.randomUUID();
    try (EventProbe deadLetters = new EventProbe(ProgrammeEventsHandler.TOPIC + ".dlt")) {
      CloudEvent poison =
          CloudEventBuilder.v1()
              .withId(UUID.randomUUID().toString())
              .withSource(URI.create("/programme-service"))
              .withType(ProgrammeEventsHandler.VERSION_ADOPTED)
              .withDataContentType("application/json")
              .withData("{\"programmeId\": \"not-a-uuid\"}".getBytes(StandardCharsets.UTF_8))
              .build();
      fixture.send(programme.toString(), poison);
      fixture.publish(fixture.poltavaVersion(programme, 2));
      awaitCount(
          "select count(*) from replica_version where programme_id = '" + programme + "'", 1);
      deadLetters.await(e -> poison.getId().equals(e.header("ce_id")), Duration.ofSeconds(20));
    }
  }

  private List<String> snapshot() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              @SuppressWarnings("unchecked")
              List<Object> rows =
                  entityManager
                      .createNativeQuery(
                          """
                          select string_agg(t::text, '|' order by t::text) from (
                            select r::text as t from replica_programme r
                            union all select v::text from replica_version v
                            union all select m::text from replica_measure m
                            union all select p::text from replica_plan p) all_rows
                          """)
                      .getResultList();
              return rows.stream().map(String::valueOf).toList();
            });
  }

  private void awaitCount(String sql, long atLeast) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (count(sql) >= atLeast) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("not reached within 30 s: " + sql);
  }

  private long count(String sql) {
    return QuarkusTransaction.requiringNew()
        .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
  }

  private String single(String sql) {
    return QuarkusTransaction.requiringNew()
        .call(() -> String.valueOf(entityManager.createNativeQuery(sql).getSingleResult()));
  }
}
