package io.dtmonitor.programme.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegionApiTest {

  @Test
  void allUkrainianSubdivisionsAndOrenburgArePublic() {
    given()
        .get("/api/v1/regions")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(28))
        .body("items.code", hasItems("UA-53", "UA-63", "UA-30", "UA-40", "UA-43", "RU-ORE"));
    given()
        .queryParam("jurisdiction", "UA")
        .get("/api/v1/regions")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(27))
        .body("items.currency", everyItem(equalTo("UAH")));
  }

  @Test
  void poltavaHasItsKatottgCodeAndOrenburgItsCurrency() {
    given()
        .get("/api/v1/regions/UA-53")
        .then()
        .statusCode(200)
        .body("katottg", equalTo("UA53000000000028050"))
        .body("nameUk", equalTo("Полтавська область"))
        .body("kind", equalTo("OBLAST"));
    given()
        .get("/api/v1/regions/RU-ORE")
        .then()
        .statusCode(200)
        .body("jurisdiction", equalTo("RU"))
        .body("currency", equalTo("RUB"));
    given()
        .get("/api/v1/regions/XX-00")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .queryParam("jurisdiction", "ukraine")
        .get("/api/v1/regions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("jurisdiction"));
  }
}
