package io.dtmonitor.e2e;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The benchmark's baseline for the read path: a bare Vert.x HTTP server whose handlers run, with
 * the reactive PostgreSQL client, the same SQL statements as programme-service's GET of a version
 * and indicator-service's cross-region view, one after another as the services do, and write the
 * rows back as JSON. No framework, no ORM, no security, no domain computation: what the database
 * work alone costs on the same core. Run in a JVM of its own by {@link RawReadProcess}.
 *
 * <p>Arguments: HTTP port, PostgreSQL host, port, database and user.
 */
public final class RawReadServer {

  private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  /** programme-service's reads of a version: the programme, the version, its collections. */
  private static final List<String> VERSION_COLLECTIONS =
      List.of(
          "version_stated_year",
          "version_stated_source",
          "version_direction",
          "version_measure",
          "budget_line",
          "reconciliation_finding");

  private final Pool programme;
  private final Pool indicator;

  private RawReadServer(Pool programme, Pool indicator) {
    this.programme = programme;
    this.indicator = indicator;
  }

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    RawReadServer server =
        new RawReadServer(pool(vertx, args, "programme"), pool(vertx, args, "indicator"));
    vertx
        .createHttpServer()
        .requestHandler(server::handle)
        .listen(Integer.parseInt(args[0]))
        .onSuccess(http -> System.out.println("raw read server listening on " + args[0]))
        .onFailure(
            failure -> {
              failure.printStackTrace();
              System.exit(1);
            });
  }

  /** One pool per service schema, as large as the services' (20 connections). */
  private static Pool pool(Vertx vertx, String[] args, String schema) {
    PgConnectOptions connect =
        new PgConnectOptions()
            .setHost(args[1])
            .setPort(Integer.parseInt(args[2]))
            .setDatabase(args[3])
            .setUser(args[4])
            .setCachePreparedStatements(true)
            .addProperty("search_path", schema);
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(20))
        .connectingTo(connect)
        .using(vertx)
        .build();
  }

  private void handle(HttpServerRequest request) {
    String[] path = request.path().split("/");
    Future<JsonObject> body;
    if (path.length == 5 && path[1].equals("programmes") && path[3].equals("versions")) {
      body = version(UUID.fromString(path[2]), Integer.parseInt(path[4]));
    } else if (request.path().equals("/cross-region")) {
      body = crossRegion(request.getParam("period"), "UA");
    } else {
      request.response().setStatusCode(404).end();
      return;
    }
    body.onSuccess(
            json ->
                request
                    .response()
                    .putHeader("Content-Type", "application/json")
                    .end(json.toBuffer()))
        .onFailure(failure -> request.response().setStatusCode(500).end(String.valueOf(failure)));
  }

  private Future<JsonObject> version(UUID programmeId, int number) {
    JsonObject result = new JsonObject();
    Future<Void> chain =
        programme
            .preparedQuery("select * from programme where id = $1")
            .execute(Tuple.of(programmeId))
            .map(rows -> result.put("programme", json(rows)))
            .compose(
                ignored ->
                    programme
                        .preparedQuery(
                            "select * from programme_version where programme_id = $1 and number = $2")
                        .execute(Tuple.of(programmeId, number)))
            .map(
                rows -> {
                  result.put("version", json(rows));
                  return null;
                });
    for (String table : VERSION_COLLECTIONS) {
      chain =
          chain
              .compose(
                  ignored ->
                      programme
                          .preparedQuery(
                              "select * from " + table + " where version_id = $1 order by position")
                          .execute(
                              Tuple.of(
                                  UUID.fromString(
                                      result
                                          .getJsonArray("version")
                                          .getJsonObject(0)
                                          .getString("id")))))
              .map(
                  rows -> {
                    result.put(table, json(rows));
                    return null;
                  });
    }
    return chain.map(ignored -> result);
  }

  /** indicator-service's statements for the view of a year or quarter, in its order. */
  private Future<JsonObject> crossRegion(String period, String jurisdiction) {
    int year = Integer.parseInt(period.substring(0, 4));
    LocalDate periodEnd =
        period.length() == 4
            ? LocalDate.of(year, 12, 31)
            : LocalDate.of(year, (period.charAt(6) - '0') * 3, 1).plusMonths(1).minusDays(1);
    String previous =
        period.length() == 4
            ? Integer.toString(year - 1)
            : period.charAt(6) == '1'
                ? (year - 1) + "-Q4"
                : year + "-Q" + (char) (period.charAt(6) - 1);
    Instant now = Instant.now();
    List<Statement> statements = new ArrayList<>();
    statements.add(
        new Statement(
            "regions",
            "select * from region where jurisdiction = $1 order by code",
            Tuple.of(jurisdiction)));
    statements.add(
        new Statement("catalogue", "select * from indicator order by code", Tuple.tuple()));
    statements.add(
        new Statement(
            "targets",
            """
            select distinct on (region_code, indicator_code) *
              from target where target_year >= $1
             order by region_code, indicator_code, target_year
            """,
            Tuple.of(year)));
    statements.add(
        new Statement(
            "mappings",
            "select indicator_code, from_version, to_version, factor, offset_value from methodology_mapping",
            Tuple.tuple()));
    statements.add(
        new Statement(
            "programmes",
            """
            select distinct on (f.programme_id) f.programme_id, f.region_code, f.title_uk, f.version_number,
                   coalesce(p.planned_fixed, 0), coalesce(p.within_funding, false)
              from programme_fact f
              left join programme_year_plan p
                on p.programme_id = f.programme_id and p.version_number = f.version_number and p.year = $2
             where f.effective_from <= $1 and f.first_year <= $2 and f.last_year >= $2
             order by f.programme_id, f.effective_from desc, f.version_number desc
            """,
            Tuple.of(periodEnd, year)));
    statements.add(
        period.length() == 4
            ? new Statement(
                "execution",
                """
                select distinct on (programme_id) region_code, planned_fixed, funded_ytd, spent_ytd, period_type
                  from report_fact where year = $1 and accepted
                 order by programme_id, (period_type = 'YEAR') desc, period desc
                """,
                Tuple.of(year))
            : new Statement(
                "execution",
                """
                select region_code, planned_fixed, funded_ytd, spent_ytd, period_type
                  from report_fact where period = $1 and accepted
                """,
                Tuple.of(period)));
    statements.add(
        new Statement(
            "timeliness",
            """
            select region_code, count(*),
                   count(*) filter (where days_late = 0),
                   count(*) filter (where days_late > 0),
                   count(*) filter (where days_late is null and overdue)
              from report_fact where year = $1 and due_date <= $2
             group by region_code order by region_code
            """,
            Tuple.of(year, LocalDate.now(KYIV))));
    for (String[] values : new String[][] {{"values", period}, {"previous", previous}}) {
      statements.add(
          new Statement(
              values[0],
              """
              select region_code, indicator_code, value, methodology, recorded_at from (
                select distinct on (region_code, indicator_code)
                       region_code, indicator_code, value, status, methodology, recorded_at
                  from observation
                 where period = $1 and recorded_at <= $2
                 order by region_code, indicator_code, revision desc) current_value
               where status = 'FINAL'
              """,
              Tuple.of(values[1], now.atOffset(ZoneOffset.UTC))));
    }
    statements.add(
        new Statement(
            "weights",
            "select indicator_code, weight from index_weight where methodology = $1 order by indicator_code",
            Tuple.of("DTM-1")));
    JsonObject result = new JsonObject().put("period", period);
    Future<Void> chain = Future.succeededFuture();
    for (Statement statement : statements) {
      chain =
          chain
              .compose(
                  ignored ->
                      indicator.preparedQuery(statement.sql()).execute(statement.parameters()))
              .map(
                  rows -> {
                    result.put(statement.name(), json(rows));
                    return null;
                  });
    }
    return chain.map(ignored -> result);
  }

  private record Statement(String name, String sql, Tuple parameters) {}

  private static JsonArray json(RowSet<Row> rows) {
    JsonArray array = new JsonArray();
    for (Row row : rows) {
      JsonObject object = new JsonObject();
      for (int i = 0; i < row.size(); i++) {
        object.put(row.getColumnName(i), value(row.getValue(i)));
      }
      array.add(object);
    }
    return array;
  }

  /** Numbers as exact decimal strings and times as ISO text, as the services write them. */
  private static Object value(Object value) {
    if (value instanceof Numeric numeric) {
      return numeric.bigDecimalValue().stripTrailingZeros().toPlainString();
    }
    if (value instanceof java.math.BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof UUID || value instanceof TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof Object[] array) {
      JsonArray json = new JsonArray();
      for (Object element : array) {
        json.add(value(element));
      }
      return json;
    }
    return value;
  }
}
