package io.dtmonitor.platform.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.stream.Collectors;

/**
 * Reads a consumed event's data into the consumer's own copy of the contract, tolerantly (fields
 * the producer adds later are ignored), and checks every field the consumer uses with the Bean
 * Validation constraints of that copy ({@link KnownRegion}, {@link NotInFuture}, ...). An event
 * from the future, data that cannot be read, or data that fails a check is poison, with every
 * failed check named in the reason its dead letter carries.
 */
@ApplicationScoped
public class EventData {

  private final ObjectMapper tolerant;
  private final Validator validator;
  private final EventClock clock;

  public EventData(ObjectMapper objectMapper, Validator validator, EventClock clock) {
    this.tolerant = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.validator = validator;
    this.clock = clock;
  }

  public <T> T read(CloudEvent event, Class<T> type) {
    if (event.getTime() != null && clock.isAhead(event.getTime())) {
      throw new PoisonEventException(
          event.getType() + " is dated " + event.getTime() + ", in the future");
    }
    if (event.getData() == null) {
      throw new PoisonEventException(event.getType() + " without data");
    }
    T data;
    try {
      data = tolerant.readValue(event.getData().toBytes(), type);
    } catch (IOException e) {
      throw new PoisonEventException("unreadable " + event.getType() + ": " + e.getMessage(), e);
    }
    var violations = validator.validate(data);
    if (!violations.isEmpty()) {
      throw new PoisonEventException(
          event.getType()
              + " fails its checks: "
              + violations.stream()
                  .map(EventData::describe)
                  .sorted()
                  .collect(Collectors.joining("; ")));
    }
    return data;
  }

  /** The field, what it must be, and, for a plain value, what it was. */
  private static String describe(ConstraintViolation<?> violation) {
    String described = violation.getPropertyPath() + " " + violation.getMessage();
    Object value = violation.getInvalidValue();
    if (value instanceof CharSequence || value instanceof Number || value instanceof Temporal) {
      String shown = value.toString();
      described += " (was " + (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown) + ")";
    }
    return described;
  }
}
