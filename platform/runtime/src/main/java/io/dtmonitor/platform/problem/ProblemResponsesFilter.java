package io.dtmonitor.platform.problem;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the error side of every operation once: each 4xx/5xx response an operation declares
 * gets the problem+json body, and every operation gets a {@code default} problem response. Services
 * register it with {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    ensureProblemSchemas(openAPI);
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
        document(entry.getValue());
      }
    }
  }

  private void document(Operation operation) {
    if (operation.getResponses() == null) {
      return;
    }
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              if (isError(code)
                  && (response.getContent() == null
                      || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
              }
            });
    if (operation.getResponses().getDefaultValue() == null) {
      operation
          .getResponses()
          .setDefaultValue(
              OASFactory.createAPIResponse()
                  .description("An error, as RFC 9457 problem details")
                  .content(problemContent()));
    }
  }

  /** Declares Problem and FieldError for services whose annotations do not mention them. */
  private static void ensureProblemSchemas(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas != null && schemas.containsKey("Problem")) {
      return;
    }
    openAPI
        .getComponents()
        .addSchema(
            "FieldError",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field of the request")
                .addProperty("field", string("Path of the field in the request"))
                .addProperty("message", string("What is wrong with the value")));
    openAPI
        .getComponents()
        .addSchema(
            "Problem",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty("type", string("URI identifying the problem type"))
                .addProperty("title", string("Short summary of the problem type"))
                .addProperty(
                    "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string("Explanation of this occurrence"))
                .addProperty(
                    "instance",
                    string("The request path this problem occurred on").format("uri-reference"))
                .addProperty(
                    "errors",
                    OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .description(description);
  }

  private static boolean isError(String code) {
    return code.startsWith("4") || code.startsWith("5");
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
  }
}
