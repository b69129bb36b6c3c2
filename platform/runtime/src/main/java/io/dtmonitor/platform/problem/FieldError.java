package io.dtmonitor.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field: a JSON pointer-like path into the request and what is wrong there. */
@Schema(name = "FieldError", description = "One invalid field of the request")
public record FieldError(
    @Schema(
            description = "Path of the field in the request, e.g. `titleUk` or `lines[3].amount`",
            example = "titleUk")
        String field,
    @Schema(description = "What is wrong with the value", example = "must not be blank")
        String message) {}
