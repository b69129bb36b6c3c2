package io.dtmonitor.platform.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** An operation documented as taking a bearer token, as the services declare theirs. */
@Path("/probe/signed")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class SignedRequests {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  @SecurityRequirement(name = "bearer")
  public String signed() {
    return "signed";
  }
}
