package io.dtmonitor.platform.inbox;

import java.util.Optional;

/**
 * An aggregate stays in the region it was first known in: an event that places a known aggregate in
 * another region is poison (dead-lettered, not applied), so no event can hand one region's data to
 * another region's office. Topics keep events forever and rebuilds replay them, so the first region
 * known is the one kept.
 */
public final class RegionPin {

  private RegionPin() {}

  /**
   * @param aggregate what the id names, e.g. "programme"
   * @param known the region this consumer already holds for it, empty when it is new
   * @param claimed the region the event places it in
   */
  public static void requireUnchanged(
      String aggregate, Object id, Optional<String> known, String claimed) {
    if (known.isPresent() && !known.get().equals(claimed)) {
      throw new PoisonEventException(
          aggregate
              + " "
              + id
              + " is "
              + known.get()
              + "'s; an event cannot move it to "
              + claimed);
    }
  }
}
