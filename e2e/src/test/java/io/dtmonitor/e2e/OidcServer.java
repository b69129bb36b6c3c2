package io.dtmonitor.e2e;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The OIDC test server whose key signs {@link io.dtmonitor.platform.testing.Tokens}: started once
 * per test JVM and shared by every set of running services, since it keeps no state of theirs.
 */
final class OidcServer {

  private static String issuer;

  private OidcServer() {}

  /** The issuer URL the services discover their keys from. */
  static synchronized String issuer() {
    if (issuer == null) {
      issuer = new OidcWiremockTestResource().start().get("keycloak.url") + "/realms/quarkus/";
    }
    return issuer;
  }
}
