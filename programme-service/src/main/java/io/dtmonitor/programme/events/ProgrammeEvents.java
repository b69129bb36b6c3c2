package io.dtmonitor.programme.events;

import io.dtmonitor.platform.events.EventKind;
import io.dtmonitor.platform.outbox.OutboxWriter;
import io.dtmonitor.programme.programme.Programme;
import io.dtmonitor.programme.version.api.VersionResponse;
import io.dtmonitor.programme.version.diff.VersionDiff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The events programme-service publishes on {@value #TOPIC}, written through the outbox. */
@ApplicationScoped
public class ProgrammeEvents {

  public static final String TOPIC = "dtm.programme.events.v1";
  public static final String REGISTERED = "io.dtmonitor.programme.ProgrammeRegistered.v1";
  public static final String UPDATED = "io.dtmonitor.programme.ProgrammeUpdated.v1";
  public static final String VERSION_ADOPTED = "io.dtmonitor.programme.ProgrammeVersionAdopted.v1";

  private static final EventKind REGISTERED_KIND = kind(REGISTERED);
  private static final EventKind UPDATED_KIND = kind(UPDATED);
  private static final EventKind VERSION_ADOPTED_KIND = kind(VERSION_ADOPTED);

  private final OutboxWriter outbox;

  public ProgrammeEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  public void registered(Programme programme) {
    publish(REGISTERED_KIND, programme);
  }

  public void updated(Programme programme) {
    publish(UPDATED_KIND, programme);
  }

  public void versionAdopted(
      Programme programme, VersionResponse version, Integer supersededNumber, VersionDiff diff) {
    VersionAdoptedData data =
        new VersionAdoptedData(
            programme.id,
            programme.regionCode,
            programme.currency,
            version.number(),
            supersededNumber,
            version.decision(),
            version.effectiveFrom(),
            version.adoptedAt(),
            programme.updatedBy,
            version.document(),
            version.computedTotals(),
            version.organisations().stream()
                .map(
                    body ->
                        new VersionAdoptedData.Organisation(
                            body.name(), body.organisationId(), body.match().name()))
                .toList(),
            diff);
    append(VERSION_ADOPTED_KIND, programme, version.adoptedAt(), data);
  }

  private void publish(EventKind kind, Programme programme) {
    ProgrammeEventData data =
        new ProgrammeEventData(
            programme.id,
            programme.regionCode,
            programme.passport.titleUk,
            programme.passport.titleEn,
            programme.passport.firstYear,
            programme.passport.lastYear,
            programme.passport.legalBasis,
            programme.passport.initiator,
            programme.passport.responsibleExecutors,
            programme.passport.strategicGoalRef,
            programme.currency,
            programme.status.name(),
            programme.version,
            programme.updatedAt,
            programme.updatedBy);
    append(kind, programme, programme.updatedAt, data);
  }

  private void append(EventKind kind, Programme programme, Instant at, Object data) {
    outbox.append(kind.about(programme.id.toString(), programme.regionCode, at, data));
  }

  private static EventKind kind(String type) {
    return new EventKind(TOPIC, type, "programme");
  }
}
