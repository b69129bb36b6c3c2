package io.dtmonitor.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Lets Swagger UI sign a person in. When {@code dtm.openapi.sign-in-url} names the realm as a
 * browser reaches it, the document a running service serves gains an OAuth 2.0 authorization-code
 * scheme against that realm (Swagger UI uses the public client {@code dtm-cli} with PKCE), and
 * every operation that takes a bearer token also takes one obtained through it.
 *
 * <p>It runs when the service starts, not at build time, so the published documents in {@code
 * docs/api} stay the same wherever the realm runs: they declare the bearer scheme alone.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SignInDocumentFilter implements OASFilter {

  /** The scheme's name in the served document. */
  public static final String SCHEME = "signIn";

  static final String URL_PROPERTY = "dtm.openapi.sign-in-url";

  private static final String BEARER = "bearer";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Optional<String> realm =
        ConfigProvider.getConfig()
            .getOptionalValue(URL_PROPERTY, String.class)
            .filter(url -> !url.isBlank())
            .map(url -> url.replaceAll("/+$", ""));
    if (realm.isEmpty() || openAPI.getPaths() == null || openAPI.getComponents() == null) {
      return;
    }
    openAPI.getComponents().addSecurityScheme(SCHEME, scheme(realm.get()));
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      item.getOperations().values().forEach(SignInDocumentFilter::acceptSignIn);
    }
  }

  private static SecurityScheme scheme(String realm) {
    return OASFactory.createSecurityScheme()
        .type(SecurityScheme.Type.OAUTH2)
        .description(
            "Sign in through the realm (authorization code with PKCE, public client dtm-cli)")
        .flows(
            OASFactory.createOAuthFlows()
                .authorizationCode(
                    OASFactory.createOAuthFlow()
                        .authorizationUrl(realm + "/protocol/openid-connect/auth")
                        .tokenUrl(realm + "/protocol/openid-connect/token")
                        .refreshUrl(realm + "/protocol/openid-connect/token")
                        .scopes(Map.of("openid", "Sign in with OpenID Connect"))));
  }

  private static void acceptSignIn(Operation operation) {
    List<SecurityRequirement> requirements = operation.getSecurity();
    if (requirements != null
        && requirements.stream().anyMatch(requirement -> requirement.hasScheme(BEARER))) {
      operation.addSecurityRequirement(
          OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of("openid")));
    }
  }
}
