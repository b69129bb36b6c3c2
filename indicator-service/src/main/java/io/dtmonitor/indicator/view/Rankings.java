package io.dtmonitor.indicator.view;

import io.dtmonitor.indicator.catalogue.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Competition ranks (1, 1, 3) among every region's values of an indicator on the same methodology.
 * Each group's values are sorted once, best first; a value's rank is one more than the number of
 * values strictly better than it, found by binary search, so a page of the view asks for the ranks
 * of the values it shows without ranking every other region's values one by one.
 */
final class Rankings {

  private final Map<String, Group> groups;

  private Rankings(Map<String, Group> groups) {
    this.groups = groups;
  }

  /** A group's values, best first, and the order that says which of two is better. */
  private record Group(BigDecimal[] bestFirst, Comparator<BigDecimal> order) {}

  static Rankings of(
      Map<String, List<MeasuredValue>> valuesByRegion, Map<String, Indicator> catalogue) {
    Map<String, List<BigDecimal>> collected = new HashMap<>();
    valuesByRegion
        .values()
        .forEach(
            values ->
                values.forEach(
                    v -> collected.computeIfAbsent(key(v), k -> new ArrayList<>()).add(v.value())));
    Map<String, Group> groups = new HashMap<>();
    collected.forEach(
        (key, values) -> {
          boolean higherIsBetter = catalogue.get(key.substring(0, key.indexOf('|'))).higherIsBetter;
          Comparator<BigDecimal> order =
              higherIsBetter ? Comparator.reverseOrder() : Comparator.naturalOrder();
          BigDecimal[] bestFirst = values.toArray(BigDecimal[]::new);
          Arrays.sort(bestFirst, order);
          groups.put(key, new Group(bestFirst, order));
        });
    return new Rankings(groups);
  }

  /** The rank of one of the values the rankings were made from. */
  int rankOf(MeasuredValue value) {
    Group group = groups.get(key(value));
    int better = 0;
    int notBetter = group.bestFirst().length;
    while (better < notBetter) {
      int middle = (better + notBetter) >>> 1;
      if (group.order().compare(group.bestFirst()[middle], value.value()) < 0) {
        better = middle + 1;
      } else {
        notBetter = middle;
      }
    }
    return better + 1;
  }

  private static String key(MeasuredValue value) {
    return value.indicatorCode() + "|" + value.methodology();
  }
}
