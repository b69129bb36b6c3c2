package io.dtmonitor.programme.programme;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Request bodies and calls the programme tests share. */
final class ProgrammeRequests {

  private ProgrammeRequests() {}

  static String passport(String region, String title) {
    return """
        {
          "regionCode": "%s",
          "titleUk": "%s",
          "titleEn": "Digital Poltava Region",
          "firstYear": 2021,
          "lastYear": 2023,
          "legalBasis": "Закон України «Про Національну програму інформатизації»",
          "initiator": "Полтавська обласна державна адміністрація",
          "responsibleExecutors": ["Департамент цифрової трансформації"],
          "strategicGoalRef": "Стратегія розвитку Полтавської області на 2021-2027 роки"
        }
        """
        .formatted(region, title);
  }

  static String update(String title) {
    return """
        {
          "titleUk": "%s",
          "firstYear": 2021,
          "lastYear": 2024,
          "responsibleExecutors": ["Департамент цифрової трансформації", "Обласна рада"]
        }
        """
        .formatted(title);
  }

  static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  static Response register(String token, String body) {
    return as(token).body(body).post("/api/v1/programmes");
  }

  static String registerId(String token, String body) {
    return register(token, body).then().statusCode(201).extract().path("id");
  }

  static String uniqueTitle() {
    return "Програма " + UUID.randomUUID();
  }
}
