package io.dtmonitor.platform.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts the writes that were refused (401, 403, 409, 412, 422): they change nothing, so the audit
 * log does not record them, but a rising count is worth an alert (a client with a stale ETag in a
 * loop, a token probing other regions), as {@code dtm_writes_refused_total{status}}.
 */
@Singleton
public class RefusedWrites {

  private final Map<Integer, Counter> counters;

  public RefusedWrites(MeterRegistry meters) {
    this.counters =
        Set.of(401, 403, 409, 412, 422).stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    Function.identity(),
                    status ->
                        Counter.builder("dtm.writes.refused")
                            .description("Writes refused without a change, by status")
                            .tag("status", Integer.toString(status))
                            .register(meters)));
  }

  @ServerResponseFilter
  public void count(ContainerRequestContext request, ContainerResponseContext response) {
    Counter counter = counters.get(response.getStatus());
    if (counter != null && OperationNaming.isWrite(request.getMethod())) {
      counter.increment();
    }
  }
}
