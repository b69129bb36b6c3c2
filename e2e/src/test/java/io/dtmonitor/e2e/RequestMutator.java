package io.dtmonitor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Turns a valid request into a hostile or broken one: path segments and query values replaced by
 * junk, fields removed, retyped or filled with extreme values, or the whole body replaced. Driven
 * by a seeded {@link Random}, so a failing run can be repeated exactly.
 */
final class RequestMutator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> JUNK =
      List.of(
          "",
          " ",
          "0",
          "-1",
          "99999999999999999999",
          "1e400",
          "NaN",
          "2022-Q5",
          "not-a-uuid",
          "Полтава",
          "\u0000",
          "%00",
          "../..",
          "'; drop table programme; --",
          "<script>alert(1)</script>",
          "😀".repeat(50),
          "x".repeat(5000));

  private final Random random;

  RequestMutator(Random random) {
    this.random = random;
  }

  String path(String path) {
    if (random.nextInt(3) != 0) {
      return path;
    }
    String[] segments = path.split("/");
    int index = 3 + random.nextInt(Math.max(1, segments.length - 3));
    if (index < segments.length) {
      segments[index] =
          random.nextBoolean()
              ? UUID.randomUUID().toString()
              : java.net.URLEncoder.encode(junk(), java.nio.charset.StandardCharsets.UTF_8);
    }
    return String.join("/", segments);
  }

  String query(String query) {
    StringBuilder result = new StringBuilder(random.nextInt(3) == 0 ? "" : query);
    int extra = random.nextInt(3);
    List<String> names =
        List.of(
            "pageSize",
            "pageToken",
            "period",
            "region",
            "status",
            "year",
            "indicator",
            "asOf",
            "from",
            "to",
            "jurisdiction",
            "programmeId",
            "date",
            "updatedSince",
            "changedSince",
            "title",
            "objectType",
            "objectId",
            "actor");
    for (int i = 0; i < extra; i++) {
      String value = random.nextBoolean() ? Integer.toString(random.nextInt(2000) - 500) : junk();
      result
          .append(result.isEmpty() ? "?" : "&")
          .append(names.get(random.nextInt(names.size())))
          .append('=')
          .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
    return result.toString();
  }

  String ifMatch() {
    return switch (random.nextInt(4)) {
      case 0 -> "*";
      case 1 -> "\"" + random.nextInt(5) + "\"";
      case 2 -> junk();
      default -> null;
    };
  }

  /** A mutated body, or one replaced outright; null stays null most of the time. */
  String body(String valid) throws java.io.IOException {
    if (valid == null) {
      return random.nextInt(5) == 0 ? junkBody() : null;
    }
    if (random.nextInt(8) == 0) {
      return junkBody();
    }
    JsonNode root = JSON.readTree(valid);
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      mutate(root);
    }
    return JSON.writeValueAsString(root);
  }

  private void mutate(JsonNode root) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> fields = new ArrayList<>();
      object.fieldNames().forEachRemaining(fields::add);
      String field = fields.get(random.nextInt(fields.size()));
      if (random.nextInt(4) == 0) {
        object.remove(field);
      } else {
        object.set(field, value());
      }
    } else if (target instanceof ArrayNode array) {
      if (array.size() > 0 && random.nextBoolean()) {
        array.set(random.nextInt(array.size()), value());
      } else {
        array.add(value());
      }
    }
  }

  private void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      Iterator<JsonNode> children = node.elements();
      while (children.hasNext()) {
        collect(children.next(), containers);
      }
    }
  }

  private JsonNode value() {
    return switch (random.nextInt(12)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.numberNode(random.nextInt());
      case 2 -> NODES.numberNode(random.nextDouble() * 1e18);
      case 3 -> NODES.numberNode(new java.math.BigDecimal("1E+400"));
      case 4 -> NODES.booleanNode(random.nextBoolean());
      case 5 -> NODES.objectNode().put("nested", junk());
      case 6 -> NODES.arrayNode().add(junk()).add(random.nextInt());
      case 7 -> NODES.textNode("12345678901234567890.1234567");
      case 8 -> NODES.textNode("-0.0");
      default -> NODES.textNode(junk());
    };
  }

  private String junkBody() {
    return switch (random.nextInt(6)) {
      case 0 -> "";
      case 1 -> "null";
      case 2 -> "[]";
      case 3 -> "{";
      case 4 -> "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
      default -> junk();
    };
  }

  private String junk() {
    return JUNK.get(random.nextInt(JUNK.size()));
  }
}
