package io.dtmonitor.clients.compatibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The breaking changes that {@code docs/api/CHANGELOG.md} announces: the bullet lines under a
 * heading that contains "Breaking". A line acknowledges a change when it names the service and the
 * operation, e.g. {@code - reporting-service: `PUT /api/v1/reports/{id}/lines` ...}.
 */
final class ChangelogAcknowledgements {

  private final List<String> entries;

  private ChangelogAcknowledgements(List<String> entries) {
    this.entries = entries;
  }

  static ChangelogAcknowledgements read(Path changelog) {
    try {
      return parse(Files.readAllLines(changelog));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + changelog, e);
    }
  }

  static ChangelogAcknowledgements parse(List<String> lines) {
    List<String> entries = new ArrayList<>();
    boolean inBreaking = false;
    for (String line : lines) {
      if (line.startsWith("#")) {
        inBreaking = line.toLowerCase().contains("breaking");
      } else if (inBreaking && line.strip().startsWith("- ")) {
        entries.add(line.replace("`", ""));
      }
    }
    return new ChangelogAcknowledgements(entries);
  }

  boolean acknowledges(BreakingChange change) {
    return entries.stream()
        .anyMatch(
            entry -> entry.contains(change.service() + ":") && entry.contains(change.operation()));
  }
}
