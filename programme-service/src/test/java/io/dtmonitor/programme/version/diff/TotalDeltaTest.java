package io.dtmonitor.programme.version.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dtmonitor.programme.version.content.Planned;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Within funding is not zero: a change of kind has no amount. */
class TotalDeltaTest {

  @Test
  void twoFixedTotalsDifferByTheirAmounts() {
    assertEquals(
        new BigDecimal("-800.0"), TotalDelta.delta(Planned.fixed("2000.0"), Planned.fixed("1200")));
  }

  @Test
  void aTotalOnOneSideOnlyChangesByItsWholeAmount() {
    assertEquals(new BigDecimal("1200.0"), TotalDelta.delta(null, Planned.fixed("1200")));
    assertEquals(new BigDecimal("-1200.0"), TotalDelta.delta(Planned.fixed("1200"), null));
  }

  @Test
  void aChangeToFromOrBetweenWithinFundingHasNoAmount() {
    assertNull(TotalDelta.delta(Planned.WITHIN, Planned.fixed("1200.0")));
    assertNull(TotalDelta.delta(Planned.fixed("1200.0"), Planned.WITHIN));
    assertNull(TotalDelta.delta(Planned.WITHIN, Planned.WITHIN));
    assertNull(TotalDelta.delta(null, Planned.WITHIN));
  }
}
