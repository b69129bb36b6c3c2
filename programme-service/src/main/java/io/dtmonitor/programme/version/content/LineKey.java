package io.dtmonitor.programme.version.content;

import io.dtmonitor.platform.ordering.DottedCodes;

/** Identifies a budget line within a version: measure x year x funding source. */
public record LineKey(String measureCode, int year, FundingSource source)
    implements Comparable<LineKey> {

  @Override
  public int compareTo(LineKey other) {
    int byMeasure = DottedCodes.compare(measureCode, other.measureCode);
    if (byMeasure != 0) {
      return byMeasure;
    }
    int byYear = Integer.compare(year, other.year);
    return byYear != 0 ? byYear : source.compareTo(other.source);
  }
}
