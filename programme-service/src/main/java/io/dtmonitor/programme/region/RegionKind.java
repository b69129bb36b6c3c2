package io.dtmonitor.programme.region;

/** What kind of subdivision a region is. */
public enum RegionKind {
  OBLAST,
  AUTONOMOUS_REPUBLIC,
  CITY_WITH_SPECIAL_STATUS,
  FOREIGN_REGION
}
