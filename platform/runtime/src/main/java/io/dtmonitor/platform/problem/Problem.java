package io.dtmonitor.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body. Every error response of every service has this shape and the
 * media type {@code application/problem+json}.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    @Schema(
            description = "URI identifying the problem type",
            example = "https://dtmonitor.io/problems/validation")
        URI type,
    @Schema(description = "Short summary of the problem type", example = "Invalid request")
        String title,
    @Schema(description = "HTTP status code", example = "400") int status,
    @Schema(description = "Explanation of this occurrence", example = "2 fields are invalid")
        String detail,
    @Schema(
            description = "The request path this problem occurred on",
            format = "uri-reference",
            example = "/api/v1/programmes")
        String instance,
    @Schema(description = "Invalid fields, when the problem is about the request's content")
        List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
