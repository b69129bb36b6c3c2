package io.dtmonitor.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.temporal.TemporalAccessor;

/** Checks {@link NotInFuture} on an {@code Instant} or an {@code OffsetDateTime}. */
@ApplicationScoped
public class NotInFutureCheck implements ConstraintValidator<NotInFuture, TemporalAccessor> {

  private final EventClock clock;

  public NotInFutureCheck(EventClock clock) {
    this.clock = clock;
  }

  @Override
  public boolean isValid(TemporalAccessor time, ConstraintValidatorContext context) {
    return time == null || !clock.isAhead(time);
  }
}
