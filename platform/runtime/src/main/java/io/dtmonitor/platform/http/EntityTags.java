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
   * version is 412. {@code *} matches any existing version. The comparison is strong (RFC 9110,
   * 13.1.1): a weak tag ({@code W/"2"}) never matches, since it does not promise the same bytes.
   */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "This update requires an If-Match header with the resource's current ETag");
    }
    String current = Long.toString(currentVersion);
    boolean weak = false;
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        weak = true;
      } else if (tag.equals("*") || unquote(tag).equals(current)) {
        return;
      }
    }
    throw new ProblemException(
        ProblemType.PRECONDITION_FAILED,
        weak
            ? "A weak ETag never matches If-Match; send the resource's current ETag \""
                + current
                + "\" as the service gave it"
            : "The resource has changed: its current ETag is \"" + current + "\", not " + ifMatch);
  }

  private static String unquote(String tag) {
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      return tag.substring(1, tag.length() - 1);
    }
    return tag;
  }
}
