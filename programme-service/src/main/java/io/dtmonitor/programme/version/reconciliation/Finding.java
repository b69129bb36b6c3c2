package io.dtmonitor.programme.version.reconciliation;

import io.dtmonitor.programme.version.content.Planned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reconciliation finding about a version.
 *
 * @param subject what it is about: {@code programme}, {@code year:2022}, {@code direction:2},
 *     {@code source:REGIONAL_BUDGET}, {@code measure:3.1}, {@code line:3.1/2023/REGIONAL_BUDGET},
 *     {@code decision}
 */
@Schema(name = "Finding", description = "A reconciliation finding about a version")
public record Finding(
    FindingCode code,
    Severity severity,
    @Schema(example = "direction:3") String subject,
    @Schema(example = "Direction 3 states 39507.9 but its lines sum to 39407.9") String message,
    @Schema(nullable = true) Planned stated,
    @Schema(nullable = true) Planned computed) {

  public static Finding of(FindingCode code, String subject, String message) {
    return new Finding(code, code.severity(), subject, message, null, null);
  }

  static Finding mismatch(
      FindingCode code, String subject, String message, Planned stated, Planned computed) {
    return new Finding(code, code.severity(), subject, message, stated, computed);
  }
}
