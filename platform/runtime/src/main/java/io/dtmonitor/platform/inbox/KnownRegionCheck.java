package io.dtmonitor.platform.inbox;

import io.dtmonitor.platform.region.KnownRegions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KnownRegion}. */
@ApplicationScoped
public class KnownRegionCheck implements ConstraintValidator<KnownRegion, String> {

  private final KnownRegions regions;

  public KnownRegionCheck(KnownRegions regions) {
    this.regions = regions;
  }

  @Override
  public boolean isValid(String code, ConstraintValidatorContext context) {
    return code == null || regions.contains(code);
  }
}
