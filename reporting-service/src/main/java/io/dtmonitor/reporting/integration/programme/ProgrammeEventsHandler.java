package io.dtmonitor.reporting.integration.programme;

import io.cloudevents.CloudEvent;
import io.dtmonitor.platform.inbox.EventData;
import io.dtmonitor.platform.inbox.IncomingEventHandler;
import io.dtmonitor.reporting.report.ReportRebase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Consumes programme-service's topics and keeps the replica of adopted versions and of the
 * organisations they name, and the open reports on the version in force at their period's end
 * ({@link ReportRebase}). Other event types are recorded as processed and otherwise ignored.
 */
@ApplicationScoped
public class ProgrammeEventsHandler implements IncomingEventHandler {

  public static final String TOPIC = "dtm.programme.events.v1";
  public static final String VERSION_ADOPTED = "io.dtmonitor.programme.ProgrammeVersionAdopted.v1";
  public static final String ORGANISATION_TOPIC = "dtm.organisation.events.v1";

  /** Both carry an organisation's whole state. */
  public static final Set<String> ORGANISATION_STATES =
      Set.of(
          "io.dtmonitor.programme.OrganisationRegistered.v1",
          "io.dtmonitor.programme.OrganisationRenamed.v1");

  private final ReplicaWriter replica;
  private final ReportRebase rebase;
  private final EventData data;

  public ProgrammeEventsHandler(ReplicaWriter replica, ReportRebase rebase, EventData data) {
    this.replica = replica;
    this.rebase = rebase;
    this.data = data;
  }

  @Override
  public String consumer() {
    return "reporting.programmes";
  }

  @Override
  public Set<String> topics() {
    return Set.of(TOPIC, ORGANISATION_TOPIC);
  }

  /** The producer whose events these are; any other source is dead-lettered. */
  @Override
  public Set<String> sources() {
    return Set.of("/programme-service");
  }

  @Override
  public void handle(CloudEvent event) {
    if (VERSION_ADOPTED.equals(event.getType())) {
      ProgrammeVersionAdopted adopted = parse(event);
      replica.apply(adopted);
      rebase.followVersionsInForce(adopted.programmeId());
    } else if (ORGANISATION_STATES.contains(event.getType())) {
      replica.apply(data.read(event, OrganisationState.class));
    }
  }

  private ProgrammeVersionAdopted parse(CloudEvent event) {
    return data.read(event, ProgrammeVersionAdopted.class);
  }
}
