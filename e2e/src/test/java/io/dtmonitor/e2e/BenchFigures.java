package io.dtmonitor.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures, one value per run for each table cell, rendered as markdown tables whose
 * cells read "median (min-max)", so the spread across runs is shown next to every figure.
 */
final class BenchFigures {

  private record Table(String title, String note, List<String> columns) {}

  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final Map<String, Map<String, Map<String, List<Double>>>> values = new LinkedHashMap<>();

  /** Declares a table; its rows appear in the order they are first recorded. */
  void table(String title, String note, String... columns) {
    tables.putIfAbsent(title, new Table(title, note, List.of(columns)));
    values.putIfAbsent(title, new LinkedHashMap<>());
  }

  void record(String table, String row, String column, double value) {
    values
        .get(table)
        .computeIfAbsent(row, ignored -> new LinkedHashMap<>())
        .computeIfAbsent(column, ignored -> new ArrayList<>())
        .add(value);
  }

  List<String> markdown() {
    List<String> lines = new ArrayList<>();
    for (Table table : tables.values()) {
      if (values.get(table.title()).isEmpty()) {
        continue;
      }
      lines.add("## " + table.title());
      lines.add("");
      if (!table.note().isEmpty()) {
        lines.add(table.note());
        lines.add("");
      }
      lines.add("| | " + String.join(" | ", table.columns()) + " |");
      lines.add("|---" + "|---".repeat(table.columns().size()) + "|");
      values
          .get(table.title())
          .forEach(
              (row, cells) -> {
                StringBuilder line = new StringBuilder("| ").append(row).append(" |");
                for (String column : table.columns()) {
                  line.append(' ').append(cell(cells.get(column))).append(" |");
                }
                lines.add(line.toString());
              });
      lines.add("");
    }
    return lines;
  }

  private static String cell(List<Double> runs) {
    if (runs == null || runs.isEmpty()) {
      return "";
    }
    List<Double> sorted = new ArrayList<>(runs);
    Collections.sort(sorted);
    double median = sorted.get(sorted.size() / 2);
    if (sorted.size() == 1) {
      return format(median);
    }
    return format(median)
        + " ("
        + format(sorted.get(0))
        + "-"
        + format(sorted.get(sorted.size() - 1))
        + ")";
  }

  private static String format(double value) {
    return Math.abs(value) >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
