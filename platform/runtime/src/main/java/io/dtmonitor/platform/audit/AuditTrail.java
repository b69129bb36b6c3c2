package io.dtmonitor.platform.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of audit records, oldest first. */
@Schema(name = "AuditTrail", description = "A page of audit records, oldest first")
public record AuditTrail(
    @Schema(maxItems = 100) List<AuditRecordResponse> items,
    @Schema(description = "Token of the next page; absent on the last page", nullable = true)
        String nextPageToken) {}
