package io.dtmonitor.programme.events;

import io.dtmonitor.platform.events.EventKind;
import io.dtmonitor.platform.outbox.OutboxWriter;
import io.dtmonitor.programme.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;

/** The events programme-service publishes about organisations on {@value #TOPIC}. */
@ApplicationScoped
public class OrganisationEvents {

  public static final String TOPIC = "dtm.organisation.events.v1";
  public static final String REGISTERED = "io.dtmonitor.programme.OrganisationRegistered.v1";
  public static final String RENAMED = "io.dtmonitor.programme.OrganisationRenamed.v1";

  private static final EventKind REGISTERED_KIND = new EventKind(TOPIC, REGISTERED, "organisation");
  private static final EventKind RENAMED_KIND = new EventKind(TOPIC, RENAMED, "organisation");

  private final OutboxWriter outbox;

  public OrganisationEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  public void registered(Organisation organisation) {
    publish(REGISTERED_KIND, organisation);
  }

  public void renamed(Organisation organisation) {
    publish(RENAMED_KIND, organisation);
  }

  private void publish(EventKind kind, Organisation organisation) {
    OrganisationEventData data =
        new OrganisationEventData(
            organisation.id,
            organisation.regionCode,
            organisation.kind.name(),
            organisation.status.name(),
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
        kind.about(
            organisation.id.toString(), organisation.regionCode, organisation.updatedAt, data));
  }
}
