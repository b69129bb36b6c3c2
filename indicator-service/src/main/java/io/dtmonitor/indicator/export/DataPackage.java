package io.dtmonitor.indicator.export;

import java.util.List;
import java.util.Map;

/** The Frictionless Data Package descriptor of the CSV exports (Table Schemas of their columns). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    name = "DataPackage",
    description = "A Frictionless tabular data package describing the CSV exports")
public record DataPackage(
    String profile,
    String name,
    String title,
    @org.eclipse.microprofile.openapi.annotations.media.Schema(maxItems = 1)
        List<Map<String, Object>> licenses,
    @org.eclipse.microprofile.openapi.annotations.media.Schema(
            description = "The observations and the programme-execution CSV",
            maxItems = 2)
        List<Map<String, Object>> resources) {

  // Before DESCRIPTOR, which is made of them: static fields are set in the order they are written.
  private static final Map<String, Object> PERIOD =
      field("period", "string", "A year (2021) or a quarter (2025-Q2)", "^[0-9]{4}(-Q[1-4])?$");
  private static final Map<String, Object> JURISDICTION =
      field(
          "jurisdiction",
          "string",
          "The country of the region, whose regions compare",
          "^[A-Z]{2}$");
  private static final Map<String, Object> CURRENCY =
      field(
          "currency", "string", "Currency of the jurisdiction's budgets (ISO 4217)", "^[A-Z]{3}$");

  static final DataPackage DESCRIPTOR =
      new DataPackage(
          "tabular-data-package",
          "dtm-indicator-observations",
          "DT Monitor: regional digital-transformation indicators",
          List.of(
              Map.of("name", "CC-BY-4.0", "path", "https://creativecommons.org/licenses/by/4.0/")),
          List.of(
              csvResource(
                  "observations",
                  "The FINAL values of Ukraine's regions (the CSV's defaults; add"
                      + " jurisdiction=RU for Orenburg, status=ALL with a token for the"
                      + " PROVISIONAL values it may see)",
                  List.of(
                      PERIOD,
                      field(
                          "regionCode",
                          "string",
                          "ISO 3166-2 region, or a country code for a national aggregate",
                          null),
                      field("katottg", "string", "KATOTTG code of a Ukrainian region", null),
                      field("indicatorCode", "string", "Code in the indicator catalogue", null),
                      Map.of(
                          "name",
                          "value",
                          "type",
                          "number",
                          "description",
                          "The value, exact decimal"),
                      Map.of(
                          "name",
                          "unit",
                          "type",
                          "string",
                          "constraints",
                          Map.of(
                              "enum",
                              List.of("PERCENT", "COUNT", "UAH_THOUSAND", "RATIO", "BOOLEAN"))),
                      Map.of(
                          "name",
                          "target",
                          "type",
                          "number",
                          "description",
                          "The region's target applying to the period's year"),
                      Map.of(
                          "name",
                          "status",
                          "type",
                          "string",
                          "constraints",
                          Map.of("enum", List.of("PROVISIONAL", "FINAL"))),
                      field("methodology", "string", "Methodology version of the value", null),
                      revisedAt("When the value was last recorded or revised"),
                      JURISDICTION,
                      CURRENCY,
                      Map.of(
                          "name",
                          "origin",
                          "type",
                          "string",
                          "description",
                          "REPORTED: recorded by a region or the ministry; DERIVED:"
                              + " computed from reports",
                          "constraints",
                          Map.of("enum", List.of("REPORTED", "DERIVED"))),
                      field(
                          "sourceDocument",
                          "string",
                          "The document the value was taken from",
                          null),
                      field("sourceUrl", "string", "Where the source is published", null),
                      field(
                          "sourceHash",
                          "string",
                          "Hash of the source document, e.g. sha256:...",
                          null)),
                  List.of("period", "regionCode", "indicatorCode")),
              csvResource(
                  "programme-execution",
                  "Programme plan and execution of Ukraine's regions per programme and period,"
                      + " from accepted reports (the CSV's defaults; add jurisdiction=RU for"
                      + " Orenburg)",
                  List.of(
                      PERIOD,
                      field("regionCode", "string", "ISO 3166-2 region", null),
                      JURISDICTION,
                      CURRENCY,
                      Map.of("name", "programmeId", "type", "string", "format", "uuid"),
                      field("programmeTitle", "string", "The programme's title", null),
                      Map.of(
                          "name",
                          "versionNumber",
                          "type",
                          "integer",
                          "description",
                          "The version in force at the period's end"),
                      number("plannedFixed", "The year's fixed plan, thousands"),
                      Map.of(
                          "name",
                          "plannedWithinFunding",
                          "type",
                          "boolean",
                          "description",
                          "Part of the year's plan is within funding (no fixed amount)"),
                      number("fundedYtd", "Funded from 1 January, thousands"),
                      number("spentYtd", "Spent from 1 January, thousands"),
                      number(
                          "executionPercent",
                          "Spent over the fixed plan, %; empty without a fixed plan"),
                      revisedAt("When the report was accepted or last changed since")),
                  List.of("period", "programmeId"))));

  /**
   * A CSV resource of the package: its file is {@code <name>.csv}, empty cells are missing values.
   */
  private static Map<String, Object> csvResource(
      String name, String description, List<Map<String, Object>> fields, List<String> primaryKey) {
    return Map.of(
        "name",
        name,
        "path",
        name + ".csv",
        "description",
        description,
        "profile",
        "tabular-data-resource",
        "format",
        "csv",
        "mediatype",
        "text/csv",
        "encoding",
        "utf-8",
        "schema",
        Map.of("fields", fields, "primaryKey", primaryKey, "missingValues", List.of("")));
  }

  /**
   * A revision time: RFC 3339 in UTC with up to six fractional digits, which the default datetime
   * format refuses and the incremental pull needs, so the format is "any".
   */
  private static Map<String, Object> revisedAt(String description) {
    return Map.of(
        "name", "revisedAt", "type", "datetime", "format", "any", "description", description);
  }

  private static Map<String, Object> number(String name, String description) {
    return Map.of("name", name, "type", "number", "description", description);
  }

  private static Map<String, Object> field(
      String name, String type, String description, String pattern) {
    return pattern == null
        ? Map.of("name", name, "type", type, "description", description)
        : Map.of(
            "name",
            name,
            "type",
            type,
            "description",
            description,
            "constraints",
            Map.of("pattern", pattern));
  }
}
