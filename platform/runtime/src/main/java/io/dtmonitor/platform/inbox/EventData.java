package io.dtmonitor.platform.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * Reads a consumed event's data into the consumer's own copy of the contract, tolerantly (fields
 * the producer adds later are ignored). Data that cannot be read, or that {@code check} rejects
 * with an {@link IllegalArgumentException}, is poison.
 */
@ApplicationScoped
public class EventData {

  private final ObjectMapper tolerant;

  public EventData(ObjectMapper objectMapper) {
    this.tolerant = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  public <T> T read(CloudEvent event, Class<T> type, UnaryOperator<T> check) {
    if (event.getData() == null) {
      throw new PoisonEventException(event.getType() + " without data");
    }
    try {
      return check.apply(tolerant.readValue(event.getData().toBytes(), type));
    } catch (IOException | IllegalArgumentException e) {
      throw new PoisonEventException("unreadable " + event.getType() + ": " + e.getMessage(), e);
    }
  }
}
