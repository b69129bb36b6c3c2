package io.dtmonitor.platform.http;

import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: resources expose their version as a strong ETag and updates
 * must name the version they were based on in {@code If-Match}.
 */
public final class EntityTags {

  private EntityTags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * Checks an {@code If-Match} header against the current version: missing is 428, a different
   * version is 412. {@code *} matches any existing version.
   */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "This update requires an If-Match header with the resource's current ETag");
    }
    String current = Long.toString(currentVersion);
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || unquote(tag).equals(current)) {
        return;
      }
    }
    throw new ProblemException(
        ProblemType.PRECONDITION_FAILED,
        "The resource has changed: its current ETag is \"" + current + "\", not " + ifMatch);
  }

  private static String unquote(String tag) {
    String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
    if (strong.length() >= 2 && strong.startsWith("\"") && strong.endsWith("\"")) {
      return strong.substring(1, strong.length() - 1);
    }
    return strong;
  }
}
