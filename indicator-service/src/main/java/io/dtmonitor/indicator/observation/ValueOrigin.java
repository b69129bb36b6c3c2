package io.dtmonitor.indicator.observation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a value was recorded for its region (REPORTED) or computed (DERIVED): from reports, or by
 * the indicator's rule from its communities or quarters.
 */
@Schema(
    name = "ValueOrigin",
    enumeration = {"REPORTED", "DERIVED"})
public enum ValueOrigin {
  REPORTED,
  DERIVED
}
