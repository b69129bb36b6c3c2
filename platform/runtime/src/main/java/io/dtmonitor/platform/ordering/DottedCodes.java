package io.dtmonitor.platform.ordering;

import java.util.Comparator;

/**
 * Orders dotted numeric codes (measure codes such as {@code 3.10}) part by part, so 3.10 follows
 * 3.9; a code with fewer parts comes first.
 */
public final class DottedCodes {

  public static final Comparator<String> ORDER = DottedCodes::compare;

  private DottedCodes() {}

  public static int compare(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int byPart = Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]));
      if (byPart != 0) {
        return byPart;
      }
    }
    return Integer.compare(left.length, right.length);
  }
}
