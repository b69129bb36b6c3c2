package io.dtmonitor.indicator.export;

import io.dtmonitor.platform.paging.PageRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Comparator;

/**
 * The order of the ministry's export and its page key: revision time, then region, indicator and
 * period (compared code unit by code unit, as the database compares them under collation "C"), so a
 * page resumes exactly after the last row of the page before.
 */
record ExportKey(Instant revisedAt, String regionCode, String indicatorCode, String period)
    implements Comparable<ExportKey> {

  private static final Comparator<ExportKey> ORDER =
      Comparator.comparing(ExportKey::revisedAt)
          .thenComparing(ExportKey::regionCode)
          .thenComparing(ExportKey::indicatorCode)
          .thenComparing(ExportKey::period);

  /** No revision is recorded after this; a later key was not made by this service. */
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  static ExportKey of(ExportRow row) {
    return new ExportKey(row.revisedAt(), row.regionCode(), row.indicatorCode(), row.period());
  }

  /** Fixed-width seconds and nanoseconds, then the identity; the form page tokens carry. */
  String encode() {
    return String.join("|", encodeTime(revisedAt), regionCode, indicatorCode, period);
  }

  /** A revision time as page tokens carry it: 19 digits of seconds, 9 of nanoseconds. */
  static String encodeTime(Instant time) {
    return String.format("%019d%09d", time.getEpochSecond(), time.getNano());
  }

  /**
   * A revision time from a page token; a {@link DateTimeException} or {@link NumberFormatException}
   * when this service did not encode it.
   */
  static Instant decodeTime(String encoded) {
    if (encoded.length() != 28) {
      throw new DateTimeException("not a revision time");
    }
    Instant revisedAt =
        Instant.ofEpochSecond(
            Long.parseLong(encoded.substring(0, 19)), Long.parseLong(encoded.substring(19)));
    if (revisedAt.isAfter(LATEST) || revisedAt.isBefore(Instant.EPOCH)) {
      throw new DateTimeException("outside the range of revision times");
    }
    return revisedAt;
  }

  /** Reads an encoded key back; anything this service did not encode is a 400 on the token. */
  static ExportKey decode(String encoded) {
    String[] parts = encoded.split("\\|", 4);
    try {
      if (parts.length == 4) {
        return new ExportKey(decodeTime(parts[0]), parts[1], parts[2], parts[3]);
      }
    } catch (NumberFormatException | DateTimeException e) {
      // falls through to the problem below: the token was not produced by this service
    }
    throw PageRequest.invalidToken();
  }

  @Override
  public int compareTo(ExportKey other) {
    return ORDER.compare(this, other);
  }
}
