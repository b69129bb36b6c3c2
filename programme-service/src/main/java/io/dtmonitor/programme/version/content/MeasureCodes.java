package io.dtmonitor.programme.version.content;

/** Orders measure codes numerically part by part, so 3.10 follows 3.9. */
public final class MeasureCodes {

  private MeasureCodes() {}

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
