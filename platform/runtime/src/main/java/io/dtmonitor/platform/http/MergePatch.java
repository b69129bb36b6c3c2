package io.dtmonitor.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396): a patch names only what changes; a member set to null is removed, an
 * object is merged member by member, anything else (arrays included) replaces what was there.
 */
public final class MergePatch {

  /** The media type a merge patch is sent in. */
  public static final String MEDIA_TYPE = "application/merge-patch+json";

  private MergePatch() {}

  /** The result of applying {@code patch} to {@code target} (null when there is none). */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode result =
        target != null && target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    patch
        .properties()
        .forEach(
            member -> {
              if (member.getValue().isNull()) {
                result.remove(member.getKey());
              } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
              }
            });
    return result;
  }
}
