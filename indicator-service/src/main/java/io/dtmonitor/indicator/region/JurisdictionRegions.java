package io.dtmonitor.indicator.region;

import java.util.Set;

/** The codes of a jurisdiction's regions and their currency (a jurisdiction never mixes them). */
public record JurisdictionRegions(Set<String> codes, String currency) {

  public int size() {
    return codes.size();
  }

  public boolean isEmpty() {
    return codes.isEmpty();
  }
}
