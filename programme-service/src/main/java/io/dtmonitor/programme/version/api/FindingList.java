package io.dtmonitor.programme.version.api;

import io.dtmonitor.programme.version.reconciliation.Finding;
import io.dtmonitor.programme.version.reconciliation.Reconciler;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FindingList", description = "A version's reconciliation findings")
public record FindingList(
    @Schema(example = "2") int number,
    @Schema(maxItems = Reconciler.MAX_FINDINGS) List<Finding> items) {}
