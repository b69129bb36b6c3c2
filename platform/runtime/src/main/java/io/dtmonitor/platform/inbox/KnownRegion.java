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
 * A consumed event's region: a first-level region the suite knows ({@link
 * io.dtmonitor.platform.region.KnownRegions}). Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = KnownRegionCheck.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface KnownRegion {

  String message() default "must be a region this suite knows, such as UA-53";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
