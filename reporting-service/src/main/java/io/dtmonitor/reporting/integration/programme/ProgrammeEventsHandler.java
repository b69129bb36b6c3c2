package io.dtmonitor.reporting.integration.programme;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cloudevents.CloudEvent;
import io.dtmonitor.platform.inbox.IncomingEventHandler;
import io.dtmonitor.platform.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Set;

/**
 * Consumes programme-service's topic and keeps the replica of adopted versions. Other event types
 * on the topic are recorded as processed and otherwise ignored.
 */
@ApplicationScoped
public class ProgrammeEventsHandler implements IncomingEventHandler {

  public static final String TOPIC = "dtm.programme.events.v1";
  public static final String VERSION_ADOPTED = "io.dtmonitor.programme.ProgrammeVersionAdopted.v1";

  private final ReplicaWriter replica;
  private final ObjectReader reader;

  public ProgrammeEventsHandler(ReplicaWriter replica, ObjectMapper objectMapper) {
    this.replica = replica;
    this.reader =
        objectMapper
            .readerFor(ProgrammeVersionAdopted.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  @Override
  public String consumer() {
    return "reporting.programmes";
  }

  @Override
  public Set<String> topics() {
    return Set.of(TOPIC);
  }

  @Override
  public void handle(CloudEvent event) {
    if (VERSION_ADOPTED.equals(event.getType())) {
      replica.apply(parse(event));
    }
  }

  ProgrammeVersionAdopted parse(CloudEvent event) {
    if (event.getData() == null) {
      throw new PoisonEventException("ProgrammeVersionAdopted without data");
    }
    try {
      ProgrammeVersionAdopted adopted = reader.readValue(event.getData().toBytes());
      return adopted.requireComplete();
    } catch (IOException | IllegalArgumentException e) {
      throw new PoisonEventException("unreadable ProgrammeVersionAdopted: " + e.getMessage(), e);
    }
  }
}
