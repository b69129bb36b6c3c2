package io.dtmonitor.platform.http;

import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Tells the in-flight bound ({@link RequestAdmission}) when an admitted request's work in the REST
 * layer starts and when it ends, however it ends: normally, with an error, or after its client has
 * gone. A class of its own because REST filters are created before the runtime configuration the
 * bound reads.
 */
public class AdmittedWork {

  @ServerRequestFilter(preMatching = true)
  public void holdUntilWorkEnds(ResteasyReactiveContainerRequestContext request) {
    // Quarkus REST's request context is always this class; its generated filters cast it likewise.
    ResteasyReactiveRequestContext server =
        (ResteasyReactiveRequestContext) request.getServerRequestContext();
    RequestAdmission.admissionOf(server.serverRequest().unwrap(RoutingContext.class))
        .ifPresent(
            admission -> {
              admission.workStarted();
              server.registerCompletionCallback(failure -> admission.workEnded());
            });
  }
}
