package io.dtmonitor.platform.testing;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares (queries, native queries, inserts, collection loads)
 * for the requests a test labels with the {@value #HEADER} header, and for nothing else: the
 * service's own background work (relay, consumers, schedules) runs meanwhile and is not counted. A
 * test compares the counts of a small and a large read to show a read costs the same number of
 * statements however many rows it returns (no N+1 queries).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounts implements StatementInspector {

  /** The request header whose value labels the request's statements. */
  public static final String HEADER = "X-Test-Count-Statements";

  private static final String LOCAL = StatementCounts.class.getName();
  private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

  /** Statements counted so far for requests labelled {@code label}. */
  public static int of(String label) {
    AtomicInteger count = COUNTS.get(label);
    return count == null ? 0 : count.get();
  }

  /**
   * The statements one GET of {@code path} costs, as {@code caller} (anonymous when null); fails
   * unless it answers 200.
   */
  public static int ofGet(String caller, String path) {
    String label = UUID.randomUUID().toString();
    RequestSpecification request = RestAssured.given().header(HEADER, label);
    if (caller != null) {
      request.auth().oauth2(caller);
    }
    request.get(path).then().statusCode(200);
    return of(label);
  }

  void label(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            context -> {
              String label = context.request().getHeader(HEADER);
              if (label != null && VertxContext.isOnDuplicatedContext()) {
                ContextLocals.put(LOCAL, label);
              }
              context.next();
            });
  }

  @Override
  public String inspect(String sql) {
    if (VertxContext.isOnDuplicatedContext()) {
      ContextLocals.<String>get(LOCAL)
          .ifPresent(
              label -> COUNTS.computeIfAbsent(label, key -> new AtomicInteger()).incrementAndGet());
    }
    return sql;
  }
}
