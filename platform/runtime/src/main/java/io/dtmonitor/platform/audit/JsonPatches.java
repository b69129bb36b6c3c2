package io.dtmonitor.platform.audit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The RFC 6902 JSON Patch that turns one JSON document into another, in the three operations a
 * reader of an audit trail follows without replaying anything: {@code add}, {@code remove} and
 * {@code replace}. Objects are compared member by member, arrays of the same length element by
 * element; an array whose length changed is replaced whole (a line added to a list reads as the new
 * list, not as a chain of index shifts). A created document is one {@code add} at the root, a
 * removed one a {@code remove} of the root.
 */
final class JsonPatches {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonPatches() {}

  /** The patch from {@code before} to {@code after}; either may be null (absent). */
  static ArrayNode diff(JsonNode before, JsonNode after) {
    ArrayNode patch = NODES.arrayNode();
    if (before == null && after == null) {
      return patch;
    }
    if (before == null) {
      patch.add(operation("add", JsonPointer.empty()).set("value", after));
    } else if (after == null) {
      patch.add(operation("remove", JsonPointer.empty()));
    } else {
      compare(before, after, JsonPointer.empty(), patch);
    }
    return patch;
  }

  private static void compare(JsonNode before, JsonNode after, JsonPointer at, ArrayNode patch) {
    if (before.equals(after)) {
      return;
    }
    if (before.isObject() && after.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        JsonPointer child = at.appendProperty(member.getKey());
        JsonNode next = after.get(member.getKey());
        if (next == null) {
          patch.add(operation("remove", child));
        } else {
          compare(member.getValue(), next, child, patch);
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        if (!before.has(member.getKey())) {
          patch.add(
              operation("add", at.appendProperty(member.getKey())).set("value", member.getValue()));
        }
      }
    } else if (before.isArray() && after.isArray() && before.size() == after.size()) {
      for (int i = 0; i < before.size(); i++) {
        compare(before.get(i), after.get(i), at.appendIndex(i), patch);
      }
    } else {
      patch.add(operation("replace", at).set("value", after));
    }
  }

  private static ObjectNode operation(String op, JsonPointer path) {
    return NODES.objectNode().put("op", op).put("path", path.toString());
  }
}
