package io.dtmonitor.indicator.export;

import java.util.List;
import java.util.Map;

/** The Frictionless Data Package descriptor of the CSV export (Table Schema of its columns). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    name = "DataPackage",
    description = "A Frictionless tabular data package describing observations.csv")
public record DataPackage(
    String profile,
    String name,
    String title,
    List<Map<String, Object>> licenses,
    List<Map<String, Object>> resources) {

  static final DataPackage DESCRIPTOR =
      new DataPackage(
          "tabular-data-package",
          "dtm-indicator-observations",
          "DT Monitor: regional digital-transformation indicators",
          List.of(
              Map.of("name", "CC-BY-4.0", "path", "https://creativecommons.org/licenses/by/4.0/")),
          List.of(
              Map.of(
                  "name", "observations",
                  "path", "observations.csv",
                  "profile", "tabular-data-resource",
                  "format", "csv",
                  "mediatype", "text/csv",
                  "encoding", "utf-8",
                  "schema",
                      Map.of(
                          "fields",
                              List.of(
                                  field(
                                      "period",
                                      "string",
                                      "A year (2021) or a quarter (2025-Q2)",
                                      "^[0-9]{4}(-Q[1-4])?$"),
                                  field(
                                      "regionCode",
                                      "string",
                                      "ISO 3166-2 region, or a country code for a national aggregate",
                                      null),
                                  field(
                                      "katottg",
                                      "string",
                                      "KATOTTG code of a Ukrainian region",
                                      null),
                                  field(
                                      "indicatorCode",
                                      "string",
                                      "Code in the indicator catalogue",
                                      null),
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
                                          List.of(
                                              "PERCENT",
                                              "COUNT",
                                              "UAH_THOUSAND",
                                              "RATIO",
                                              "BOOLEAN"))),
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
                                  field(
                                      "methodology",
                                      "string",
                                      "Methodology version of the value",
                                      null),
                                  Map.of(
                                      "name",
                                      "revisedAt",
                                      "type",
                                      "datetime",
                                      "description",
                                      "When the value was last recorded or revised")),
                          "primaryKey", List.of("period", "regionCode", "indicatorCode"),
                          "missingValues", List.of("")))));

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
