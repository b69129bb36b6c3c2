package io.dtmonitor.reporting.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** A line's reported values as they stood at a submission. */
public record LineSnapshot(
    String measureCode,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fundedYtd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spentYtd,
    MeasureStatus measureStatus,
    String narrative,
    String correctionNote) {

  static LineSnapshot of(ReportLine line) {
    return new LineSnapshot(
        line.measureCode,
        line.fundedYtd,
        line.spentYtd,
        line.measureStatus,
        line.narrative,
        line.correctionNote);
  }
}
