package io.dtmonitor.reporting.report.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionDiff", description = "Differences between two submissions of a report")
public record SubmissionDiff(
    @Schema(example = "1") int from,
    @Schema(example = "2") int to,
    List<SubmissionChange> changes) {}
