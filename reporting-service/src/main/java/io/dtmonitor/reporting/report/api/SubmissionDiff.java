package io.dtmonitor.reporting.report.api;

import io.dtmonitor.reporting.integration.programme.ProgrammeVersionAdopted;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionDiff", description = "Differences between two submissions of a report")
public record SubmissionDiff(
    @Schema(example = "1") int from,
    @Schema(example = "2") int to,
    @Schema(
            description = "At most one change per line and field (five fields per line)",
            maxItems = 5 * ProgrammeVersionAdopted.MAX_MEASURES)
        List<SubmissionChange> changes) {}
