package io.dtmonitor.programme.events;

import io.dtmonitor.platform.events.OutgoingEvent;
import io.dtmonitor.platform.outbox.OutboxWriter;
import io.dtmonitor.programme.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The events programme-service publishes about organisations on {@value #TOPIC}. */
@ApplicationScoped
public class OrganisationEvents {

  public static final String TOPIC = "dtm.organisation.events.v1";
  public static final String REGISTERED = "io.dtmonitor.programme.OrganisationRegistered.v1";
  public static final String RENAMED = "io.dtmonitor.programme.OrganisationRenamed.v1";

  private static final String SCHEMA_BASE = "https://dtmonitor.io/schemas/events/";

  private final OutboxWriter outbox;

  public OrganisationEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  public void registered(Organisation organisation) {
    publish(REGISTERED, "organisation-registered.v1", organisation);
  }

  public void renamed(Organisation organisation) {
    publish(RENAMED, "organisation-renamed.v1", organisation);
  }

  private void publish(String type, String schema, Organisation organisation) {
    OrganisationEventData data =
        new OrganisationEventData(
            organisation.id,
            organisation.regionCode,
            organisation.kind.name(),
            organisation.edrpou,
            organisation.names().stream()
                .map(
                    name ->
                        new OrganisationEventData.Name(
                            name.validFrom, name.validUntil, name.nameUk, name.nameEn))
                .toList(),
            organisation.version,
            organisation.updatedAt,
            organisation.updatedBy);
    outbox.append(
        new OutgoingEvent(
            UUID.randomUUID(),
            TOPIC,
            type,
            SCHEMA_BASE + schema + ".schema.json",
            "organisation",
            organisation.id.toString(),
            organisation.regionCode,
            organisation.updatedAt,
            data));
  }
}
