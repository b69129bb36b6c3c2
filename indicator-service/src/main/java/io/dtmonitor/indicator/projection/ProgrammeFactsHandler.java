package io.dtmonitor.indicator.projection;

import io.cloudevents.CloudEvent;
import io.dtmonitor.platform.inbox.EventData;
import io.dtmonitor.platform.inbox.IncomingEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Projects adopted programme versions: which programmes are in force and their yearly plans. */
@ApplicationScoped
public class ProgrammeFactsHandler implements IncomingEventHandler {

  public static final String TOPIC = "dtm.programme.events.v1";
  public static final String VERSION_ADOPTED = "io.dtmonitor.programme.ProgrammeVersionAdopted.v1";

  private final ProjectionWriter writer;
  private final EventData data;

  public ProgrammeFactsHandler(ProjectionWriter writer, EventData data) {
    this.writer = writer;
    this.data = data;
  }

  @Override
  public String consumer() {
    return "indicator.programmes";
  }

  @Override
  public Set<String> topics() {
    return Set.of(TOPIC);
  }

  /** The producer whose events these are; any other source is dead-lettered. */
  @Override
  public Set<String> sources() {
    return Set.of("/programme-service");
  }

  @Override
  public void handle(CloudEvent event) {
    if (VERSION_ADOPTED.equals(event.getType())) {
      writer.programme(data.read(event, ProgrammeAdopted.class));
    }
  }
}
