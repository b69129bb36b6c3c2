package io.dtmonitor.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit record: who changed which object, when, through which operation, and how. */
@Schema(name = "AuditRecord", description = "One write: who, when, what, and the change")
public record AuditRecordResponse(
    @Schema(description = "Position in this service's log; later records have larger ids") long id,
    @Schema(description = "When the change was made (its transaction's clock)") Instant recordedAt,
    @Schema(description = "The caller's subject (the token's sub), or `system`") String actor,
    @Schema(description = "The caller's region claim, if any", nullable = true) String actorRegion,
    @Schema(description = "The caller's roles", maxItems = 16) List<String> actorRoles,
    @Schema(description = "The client the caller's token was issued to", nullable = true)
        String clientId,
    @Schema(description = "The operation called, by its operationId", example = "adoptVersion")
        String operation,
    @Schema(description = "The kind of object changed", example = "programme") String objectType,
    @Schema(description = "The changed object's id") String objectId,
    @Schema(description = "The region the object belongs to", nullable = true) String objectRegion,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = PatchOperation.class,
            description =
                "RFC 6902 JSON Patch from the object's previous representation to its new one (a"
                    + " single `add` at the root for a created object, `remove` for a removed"
                    + " one)",
            maxItems = 10000)
        JsonNode patch,
    @Schema(description = "The W3C trace id of the request, when traced", nullable = true)
        String traceId) {}
