package io.dtmonitor.programme.organisation;

/**
 * The EDRPOU code of a Ukrainian legal entity: eight digits, the last a check digit over the first
 * seven (the State Statistics Service's algorithm). Weights 1 to 7, or 7, 1, 2, ..., 6 for codes
 * from 30000000 to 60000000; the sum modulo 11; when that is 10, the weights plus 2 and again
 * modulo 11, where 10 counts as 0.
 */
final class Edrpou {

  private static final int[] WEIGHTS = {1, 2, 3, 4, 5, 6, 7};
  private static final int[] MIDDLE_RANGE_WEIGHTS = {7, 1, 2, 3, 4, 5, 6};

  private Edrpou() {}

  /** Whether {@code code} is eight digits whose last is the check digit of the others. */
  static boolean isValid(String code) {
    if (code == null || !code.matches("[0-9]{8}")) {
      return false;
    }
    long value = Long.parseLong(code);
    int[] weights = value >= 30_000_000 && value <= 60_000_000 ? MIDDLE_RANGE_WEIGHTS : WEIGHTS;
    int check = weighted(code, weights, 0) % 11;
    if (check == 10) {
      check = weighted(code, weights, 2) % 11;
      if (check == 10) {
        check = 0;
      }
    }
    return check == code.charAt(7) - '0';
  }

  private static int weighted(String code, int[] weights, int plus) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (code.charAt(i) - '0') * (weights[i] + plus);
    }
    return sum;
  }
}
