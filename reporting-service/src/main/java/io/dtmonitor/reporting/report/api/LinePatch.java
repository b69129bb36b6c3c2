package io.dtmonitor.reporting.report.api;

import io.dtmonitor.platform.http.Decimals;
import io.dtmonitor.reporting.report.MeasureStatus;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a merge patch of one line may hold, for the API document: the fields of {@link LineUpdate}
 * but the measure code (the patch's key), each optional; null clears a field.
 */
@Schema(
    name = "ReportLinePatch",
    description =
        "Fields of one line to change: a field sent replaces the line's, null clears it (money and"
            + " texts become empty, measureStatus NOT_STARTED, evidenceLinks none), a field not"
            + " sent stays")
public record LinePatch(
    @Schema(type = SchemaType.STRING, pattern = Decimals.AMOUNT_PATTERN, nullable = true)
        String fundedYtd,
    @Schema(type = SchemaType.STRING, pattern = Decimals.AMOUNT_PATTERN, nullable = true)
        String spentYtd,
    @Schema(nullable = true) MeasureStatus measureStatus,
    @Schema(nullable = true, maxLength = 10000) String narrative,
    @Schema(nullable = true, maxItems = LineUpdate.MAX_EVIDENCE_LINKS) List<String> evidenceLinks,
    @Schema(nullable = true, maxLength = 2000) String correctionNote) {}
