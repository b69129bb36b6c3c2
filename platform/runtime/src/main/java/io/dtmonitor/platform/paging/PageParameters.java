package io.dtmonitor.platform.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The two query parameters of a paged collection, documented once with the cap every generated
 * client sees: {@code pageSize} 1 to {@value PageRequest#MAX_PAGE_SIZE} ({@value
 * PageRequest#DEFAULT_PAGE_SIZE} when absent) and the {@code pageToken} of the previous page.
 */
public class PageParameters {

  @Parameter(
      description = "Items per page, 1 to 100; 20 when absent",
      schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100"))
  @QueryParam("pageSize")
  public Integer pageSize;

  @Parameter(description = "The nextPageToken of the previous page; the first page when absent")
  @QueryParam("pageToken")
  public String pageToken;

  /** The validated request; a bad size or token is a 400 naming the parameter. */
  public PageRequest request() {
    return PageRequest.of(pageSize, pageToken);
  }
}
