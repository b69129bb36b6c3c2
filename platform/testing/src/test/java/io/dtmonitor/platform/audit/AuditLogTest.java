package io.dtmonitor.platform.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.PrometheusMetrics;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each write appends one record in its own transaction, with who, what and the JSON Patch from the
 * previous representation; a write that changes nothing or rolls back appends none; the ministry
 * reads every record, a CDTO its region's, others none; and no one changes or removes a record, not
 * even with SQL.
 */
@QuarkusTest
class AuditLogTest {

  @Inject EntityManager entityManager;

  @Test
  void eachWriteIsRecordedWithItsAuthorAndPatch() {
    put("UA-53", "roads", "{\"name\":\"roads\",\"amount\":\"1.0\",\"labels\":{\"a\":\"x\"}}");
    put("UA-53", "roads", "{\"name\":\"roads\",\"amount\":\"2.5\",\"labels\":{\"b\":\"y\"}}");
    put("UA-53", "roads", "{\"name\":\"roads\",\"amount\":\"2.5\",\"labels\":{\"b\":\"y\"}}");

    JsonPath trail = trail(Tokens.ministry(), "objectType=thing&objectId=roads");
    List<Map<String, Object>> records = trail.getList("items");
    assertEquals(2, records.size(), () -> "records: " + records);
    Map<String, Object> created = records.get(0);
    assertEquals(Tokens.subjectOf("cdto-ua-53"), created.get("actor"));
    assertEquals("UA-53", created.get("actorRegion"));
    assertEquals(List.of("cdto"), created.get("actorRoles"));
    assertEquals("putThing", created.get("operation"));
    assertEquals("UA-53", created.get("objectRegion"));
    assertEquals(
        List.of(
            Map.of(
                "op",
                "add",
                "path",
                "",
                "value",
                Map.of("name", "roads", "amount", "1.0", "labels", Map.of("a", "x")))),
        created.get("patch"));
    assertEquals(
        List.of(
            Map.of("op", "replace", "path", "/amount", "value", "2.5"),
            Map.of("op", "remove", "path", "/labels/a"),
            Map.of("op", "add", "path", "/labels/b", "value", "y")),
        records.get(1).get("patch"));
  }

  @Test
  void aWriteThatRollsBackLeavesNoRecord() {
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-18"))
        .contentType(ContentType.JSON)
        .body("{\"name\":\"bridges\",\"amount\":\"1.0\"}")
        .queryParam("fail", true)
        .put("/probe/audited/UA-18/bridges")
        .then()
        .statusCode(409);

    assertEquals(List.of(), trail(Tokens.ministry(), "objectId=bridges").getList("items"));
  }

  @Test
  void eachCallerReadsOnlyWhatItsRoleReaches() {
    put("UA-63", "schools", "{\"name\":\"schools\",\"amount\":\"3.0\"}");
    put("UA-32", "schools", "{\"name\":\"schools\",\"amount\":\"4.0\"}");

    assertEquals(
        List.of("UA-63"),
        trail(Tokens.cdto("UA-63"), "objectId=schools").getList("items.objectRegion"));
    assertEquals(
        List.of("UA-63", "UA-32"),
        trail(Tokens.admin(), "objectId=schools").getList("items.objectRegion"));
    given()
        .auth()
        .oauth2(Tokens.reviewer("UA-63"))
        .get("/api/v1/audit")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().get("/api/v1/audit").then().statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.ministry())
        .queryParam("from", "yesterday")
        .get("/api/v1/audit")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
  }

  @Test
  void pagesFollowOneAnotherAndFiltersByActor() {
    for (int i = 0; i < 3; i++) {
      put("UA-46", "page" + i, "{\"name\":\"page\",\"amount\":\"" + i + ".0\"}");
    }
    String actor = Tokens.subjectOf("cdto-ua-46");
    JsonPath first = trail(Tokens.ministry(), "actor=" + actor + "&pageSize=2");
    JsonPath second =
        trail(
            Tokens.ministry(),
            "actor=" + actor + "&pageSize=2&pageToken=" + first.getString("nextPageToken"));

    assertEquals(List.of("page0", "page1"), first.getList("items.objectId"));
    assertEquals(List.of("page2"), second.getList("items.objectId"));
  }

  @Test
  void recordsCannotBeChangedOrRemovedEvenWithSql() {
    put("UA-21", "parks", "{\"name\":\"parks\",\"amount\":\"1.0\"}");

    for (String statement :
        List.of(
            "update audit_record set actor_subject = 'someone else'",
            "delete from audit_record",
            "truncate audit_record")) {
      Exception refused =
          assertThrows(
              Exception.class,
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(() -> entityManager.createNativeQuery(statement).executeUpdate()));
      assertTrue(
          causes(refused).contains("audit records cannot be changed or removed"),
          () -> statement + ": " + causes(refused));
    }
    assertEquals(1, trail(Tokens.ministry(), "objectId=parks").getList("items").size());
  }

  @Test
  void refusedWritesAreCountedNotRecorded() {
    double before = refused403();
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .contentType(ContentType.JSON)
        .body("{\"name\":\"foreign\"}")
        .put("/probe/audited/UA-53/foreign")
        .then()
        .statusCode(403);

    assertEquals(before + 1, refused403());
    assertEquals(List.of(), trail(Tokens.ministry(), "objectId=foreign").getList("items"));
  }

  private static double refused403() {
    double count = PrometheusMetrics.sum("dtm_writes_refused_total", Map.of("status", "403"));
    return Double.isNaN(count) ? 0 : count;
  }

  private static void put(String region, String name, String body) {
    given()
        .auth()
        .oauth2(Tokens.cdto(region))
        .contentType(ContentType.JSON)
        .body(body)
        .put("/probe/audited/" + region + "/" + name)
        .then()
        .statusCode(200);
  }

  private static JsonPath trail(String token, String query) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/audit?" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String causes(Throwable e) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append(" / ");
    }
    return messages.toString();
  }
}
