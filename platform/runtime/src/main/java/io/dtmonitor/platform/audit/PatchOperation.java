package io.dtmonitor.platform.audit;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the API documents describe one operation of an audit record's RFC 6902 patch. */
@Schema(name = "PatchOperation", description = "One RFC 6902 JSON Patch operation")
record PatchOperation(
    @Schema(
            required = true,
            enumeration = {"add", "remove", "replace"},
            example = "replace")
        String op,
    @Schema(
            required = true,
            description = "RFC 6901 JSON Pointer to the changed value; empty for the whole object",
            example = "/status")
        String path,
    @Schema(
            type = SchemaType.DEFAULT,
            description = "The new value (add, replace): any JSON value",
            example = "ADOPTED")
        Object value) {}
