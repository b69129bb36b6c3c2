package io.dtmonitor.indicator.projection;

import io.cloudevents.CloudEvent;
import io.dtmonitor.platform.inbox.EventData;
import io.dtmonitor.platform.inbox.IncomingEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Projects report events: each report's latest state, money and timeliness. */
@ApplicationScoped
public class ReportFactsHandler implements IncomingEventHandler {

  public static final String TOPIC = "dtm.report.events.v1";
  static final String TYPE_PREFIX = "io.dtmonitor.report.Report";

  private final ProjectionWriter writer;
  private final EventData data;

  public ReportFactsHandler(ProjectionWriter writer, EventData data) {
    this.writer = writer;
    this.data = data;
  }

  @Override
  public String consumer() {
    return "indicator.reports";
  }

  @Override
  public Set<String> topics() {
    return Set.of(TOPIC);
  }

  /** The producer whose events these are; any other source is dead-lettered. */
  @Override
  public Set<String> sources() {
    return Set.of("/reporting-service");
  }

  @Override
  public void handle(CloudEvent event) {
    if (event.getType().startsWith(TYPE_PREFIX)) {
      writer.report(data.read(event, ReportChanged.class));
    }
  }
}
