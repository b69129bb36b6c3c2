package io.dtmonitor.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the realm's browser URL configured (this application's dtm.openapi.sign-in-url), the served
 * document offers Swagger UI the authorization-code flow against it on every operation that takes a
 * bearer token, and Swagger UI is set up to use it as dtm-cli with PKCE.
 */
@QuarkusTest
class SignInDocumentTest {

  private static final String REALM = "http://127.0.0.1:8180/realms/dtm";

  @Test
  void servedDocumentOffersTheAuthorizationCodeFlowOnBearerOperations() {
    JsonPath document =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    Map<String, Object> flow =
        document.getMap("components.securitySchemes.signIn.flows.authorizationCode");
    assertEquals("oauth2", document.getString("components.securitySchemes.signIn.type"));
    assertEquals(REALM + "/protocol/openid-connect/auth", flow.get("authorizationUrl"));
    assertEquals(REALM + "/protocol/openid-connect/token", flow.get("tokenUrl"));
    List<Map<String, List<String>>> signed = document.getList("paths.'/probe/signed'.get.security");
    assertEquals(List.of(Map.of("bearer", List.of()), Map.of("signIn", List.of("openid"))), signed);
    assertNull(document.get("paths.'/probe/quick'.get.security"));
  }

  @Test
  void swaggerUiSignsInAsThePublicClientWithPkce() {
    String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();

    assertTrue(page.contains("dtm-cli"), page);
    assertTrue(page.contains("usePkceWithAuthorizationCodeGrant: true"), page);
  }
}
