package io.dtmonitor.reporting.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.dtmonitor.platform.testing.HarnessEvents;
import io.dtmonitor.reporting.integration.programme.ProgrammeEventsHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Publishes ProgrammeVersionAdopted events as programme-service would, with the real Poltava
 * version documents from data/programmes as their content.
 */
@ApplicationScoped
public class ProgrammeEventsFixture {

  private final ObjectMapper json;
  private final EntityManager entityManager;

  public ProgrammeEventsFixture(ObjectMapper json, EntityManager entityManager) {
    this.json = json;
    this.entityManager = entityManager;
  }

  /**
   * Publishes the versions of one programme and waits until the replica holds them all, as
   * reporting-service sees an adopted programme; returns the programme's id.
   */
  public UUID adopt(ObjectNode... versions) {
    UUID programme = UUID.fromString(versions[0].get("programmeId").asText());
    for (ObjectNode version : versions) {
      publish(version);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Number known =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      (Number)
                          entityManager
                              .createNativeQuery(
                                  "select count(*) from replica_version where programme_id = ?1")
                              .setParameter(1, programme)
                              .getSingleResult());
      if (known.intValue() == versions.length) {
        return programme;
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("the replica never received programme " + programme);
  }

  /** The real Poltava 2021-2023 programme (both versions), adopted under a new id. */
  public UUID adoptedPoltava() {
    UUID programme = UUID.randomUUID();
    return adopt(poltavaVersion(programme, 1), poltavaVersion(programme, 2));
  }

  /**
   * Adopts a programme of {@code region} for 2026 alone, with no measures (so its reports have no
   * lines); returns its id.
   */
  public UUID adoptedFor2026(String region, String currency) {
    UUID programme = UUID.randomUUID();
    ObjectNode data = poltavaVersion(programme, 1);
    data.put("regionCode", region).put("currency", currency).put("effectiveFrom", "2026-01-01");
    ObjectNode passport = (ObjectNode) data.get("content").get("passport");
    passport.put("firstYear", 2026).put("lastYear", 2026);
    ((ArrayNode) data.get("content").get("measures")).removeAll();
    ((ArrayNode) data.get("content").get("lines")).removeAll();
    return adopt(data);
  }

  /** The data of a ProgrammeVersionAdopted event for a Poltava 2021-2023 version (1 or 2). */
  public ObjectNode poltavaVersion(UUID programmeId, int version) {
    ObjectNode data =
        (ObjectNode)
            read(Path.of("docs/events/programme-version-adopted.v1.example.json")).deepCopy();
    data.put("programmeId", programmeId.toString());
    data.put("versionNumber", version);
    data.put("effectiveFrom", version == 1 ? "2021-02-23" : "2021-12-01");
    if (version == 1) {
      data.putNull("supersededVersionNumber");
      data.putNull("diff");
    }
    data.set(
        "content",
        read(Path.of("data/programmes/poltava-digital-2021-2023/v" + version + ".json")));
    return data;
  }

  /** Publishes {@code data} as a new event and returns the CloudEvent sent. */
  public CloudEvent publish(ObjectNode data) {
    return publish(data, UUID.randomUUID().toString());
  }

  /** Publishes {@code data} under a given event id, as a redelivery would. */
  public CloudEvent publish(ObjectNode data, String eventId) {
    CloudEvent event = adopted(data, eventId, OffsetDateTime.now());
    send(data.get("programmeId").asText(), event);
    return event;
  }

  /** The event programme-service would publish for {@code data}, dated {@code time}. */
  public CloudEvent adopted(ObjectNode data, String eventId, OffsetDateTime time) {
    return CloudEventBuilder.v1()
        .withId(eventId)
        .withSource(URI.create("/programme-service"))
        .withType(ProgrammeEventsHandler.VERSION_ADOPTED)
        .withSubject(data.get("programmeId").asText())
        .withTime(time)
        .withDataContentType("application/json")
        .withExtension("region", data.get("regionCode").asText())
        .withData(data.toString().getBytes(StandardCharsets.UTF_8))
        .build();
  }

  public void send(String key, CloudEvent event) {
    HarnessEvents.publish(ProgrammeEventsHandler.TOPIC, key, event);
  }

  private JsonNode read(Path relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(relative))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(relative + " not found");
    }
    try {
      return json.readTree(dir.resolve(relative).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
