package io.dtmonitor.platform.inbox;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A time a consumed event reports as past (a transition, a recording): not later than now plus the
 * clock skew the inbox tolerates ({@code dtm.messaging.inbox.clock-skew}). An event from the future
 * would sort after every real one and win every "latest" comparison. Null is left to
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = NotInFutureCheck.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NotInFuture {

  String message() default "must not be in the future";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
