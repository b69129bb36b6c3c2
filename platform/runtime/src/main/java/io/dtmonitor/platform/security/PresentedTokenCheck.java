package io.dtmonitor.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Validates a presented bearer token on every request, also where the operation needs no role. A
 * forged, expired or foreign token is then a 401 problem everywhere instead of being read as "no
 * token" wherever public data is served: the caller learns at once that its token is bad, and the
 * answer never depends on which operations happen to look at the identity. Authentication stays
 * lazy otherwise, so that its failures reach the problem+json mappers.
 */
public class PresentedTokenCheck {

  private final CurrentIdentityAssociation identity;

  public PresentedTokenCheck(CurrentIdentityAssociation identity) {
    this.identity = identity;
  }

  @ServerRequestFilter(preMatching = false)
  public Uni<Void> authenticatePresentedToken(ContainerRequestContext request) {
    if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
      return Uni.createFrom().voidItem();
    }
    return identity.getDeferredIdentity().replaceWithVoid();
  }
}
