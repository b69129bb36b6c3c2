package io.dtmonitor.indicator.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Competition ranks (1, 1, 3) among every region's values of one indicator on the same methodology.
 * Each methodology's values are sorted once, best first; a value's rank is one more than the number
 * of values strictly better than it, found by binary search, so a page of the view asks for the
 * ranks of the values it shows without ranking every other region's values one by one.
 */
final class Rankings {

  private final Map<String, BigDecimal[]> bestFirstByMethodology;
  private final Comparator<BigDecimal> order;

  private Rankings(Map<String, BigDecimal[]> bestFirstByMethodology, Comparator<BigDecimal> order) {
    this.bestFirstByMethodology = bestFirstByMethodology;
    this.order = order;
  }

  /** The rankings of an indicator's values, every one of the same indicator. */
  static Rankings of(Collection<MeasuredValue> values, boolean higherIsBetter) {
    Map<String, List<BigDecimal>> collected = new HashMap<>();
    values.forEach(
        v -> collected.computeIfAbsent(v.methodology(), k -> new ArrayList<>()).add(v.value()));
    Comparator<BigDecimal> order =
        higherIsBetter ? Comparator.reverseOrder() : Comparator.naturalOrder();
    Map<String, BigDecimal[]> sorted = new HashMap<>();
    collected.forEach(
        (methodology, decimals) -> {
          BigDecimal[] bestFirst = decimals.toArray(BigDecimal[]::new);
          Arrays.sort(bestFirst, order);
          sorted.put(methodology, bestFirst);
        });
    return new Rankings(sorted, order);
  }

  /** The rank of one of the values the rankings were made from. */
  int rankOf(MeasuredValue value) {
    BigDecimal[] bestFirst = bestFirstByMethodology.get(value.methodology());
    int better = 0;
    int notBetter = bestFirst.length;
    while (better < notBetter) {
      int middle = (better + notBetter) >>> 1;
      if (order.compare(bestFirst[middle], value.value()) < 0) {
        better = middle + 1;
      } else {
        notBetter = middle;
      }
    }
    return better + 1;
  }
}
