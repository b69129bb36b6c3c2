package io.dtmonitor.indicator.region;

import java.util.List;
import java.util.Optional;

/** The region codes from {@code first} to {@code last} inclusive, in "C" (Java string) order. */
public record RegionCodeRange(String first, String last) {

  /** The range of a page of regions in code order, empty for an empty page. */
  public static Optional<RegionCodeRange> of(List<RegionSummary> page) {
    return page.isEmpty()
        ? Optional.empty()
        : Optional.of(new RegionCodeRange(page.get(0).code(), page.get(page.size() - 1).code()));
  }
}
