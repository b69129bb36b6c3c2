package io.dtmonitor.platform.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Names the operation each request calls, for the audit records its writes append. */
public class OperationNaming {

  /** Reads append no audit records, so their requests need no name. */
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final CurrentOperation operation;

  public OperationNaming(CurrentOperation operation) {
    this.operation = operation;
  }

  /** Whether a request of this HTTP method may change something (reads never do). */
  static boolean isWrite(String httpMethod) {
    return !READS.contains(httpMethod);
  }

  @ServerRequestFilter
  public void name(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method == null || !isWrite(request.getMethod())) {
      return;
    }
    Operation documented = method.getAnnotation(Operation.class);
    operation.set(
        documented != null && !documented.operationId().isBlank()
            ? documented.operationId()
            : method.getName());
  }
}
