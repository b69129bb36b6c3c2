package io.dtmonitor.programme.events;

import io.dtmonitor.platform.events.OutgoingEvent;
import io.dtmonitor.platform.outbox.OutboxWriter;
import io.dtmonitor.programme.programme.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The events programme-service publishes on {@value #TOPIC}, written through the outbox. */
@ApplicationScoped
public class ProgrammeEvents {

  public static final String TOPIC = "dtm.programme.events.v1";
  public static final String REGISTERED = "io.dtmonitor.programme.ProgrammeRegistered.v1";
  public static final String UPDATED = "io.dtmonitor.programme.ProgrammeUpdated.v1";

  private static final String SCHEMA_BASE = "https://dtmonitor.io/schemas/events/";

  private final OutboxWriter outbox;

  public ProgrammeEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  public void registered(Programme programme) {
    publish(REGISTERED, "programme-registered.v1", programme);
  }

  public void updated(Programme programme) {
    publish(UPDATED, "programme-updated.v1", programme);
  }

  private void publish(String type, String schema, Programme programme) {
    ProgrammeEventData data =
        new ProgrammeEventData(
            programme.id,
            programme.regionCode,
            programme.titleUk,
            programme.titleEn,
            programme.firstYear,
            programme.lastYear,
            programme.legalBasis,
            programme.initiator,
            programme.responsibleExecutors,
            programme.strategicGoalRef,
            programme.currency,
            programme.status.name(),
            programme.version,
            programme.updatedAt,
            programme.updatedBy);
    outbox.append(
        new OutgoingEvent(
            UUID.randomUUID(),
            TOPIC,
            type,
            SCHEMA_BASE + schema + ".schema.json",
            "programme",
            programme.id.toString(),
            programme.regionCode,
            programme.updatedAt,
            data));
  }
}
