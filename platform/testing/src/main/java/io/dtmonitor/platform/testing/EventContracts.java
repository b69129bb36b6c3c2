package io.dtmonitor.platform.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the event contracts against {@code docs/asyncapi.yaml}: every type a service publishes is
 * a documented message whose payload schema exists, and no schema in {@code docs/events/} is
 * orphaned.
 */
public final class EventContracts {

  private static final Pattern MESSAGE =
      Pattern.compile(
          "ce_type: \\{type: string, const: ([^}]+)}\\s+payload:\\s+\\$ref: 'events/([^']+)'");

  private EventContracts() {}

  /** Each CloudEvents type is in the AsyncAPI document with an existing payload schema. */
  public static void assertDocumented(String... types) {
    String asyncApi = asyncApi();
    for (String type : types) {
      Matcher matcher = MESSAGE.matcher(asyncApi);
      boolean found = false;
      while (matcher.find()) {
        if (matcher.group(1).trim().equals(type)) {
          found = true;
          Path schema = EventSchemas.directory().resolve(matcher.group(2));
          assertTrue(Files.exists(schema), type + " refers to a missing schema " + schema);
        }
      }
      assertTrue(found, type + " is not a message of docs/asyncapi.yaml");
    }
  }

  /** Every schema file is referenced by the AsyncAPI document or by another schema. */
  public static void assertNoOrphanSchemas() {
    String asyncApi = asyncApi();
    List<String> schemas = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(EventSchemas.directory())) {
      for (Path file :
          files.filter(p -> p.getFileName().toString().endsWith(".schema.json")).toList()) {
        schemas.add(file.getFileName().toString());
        texts.add(Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String schema : schemas) {
      boolean referenced =
          asyncApi.contains("events/" + schema)
              || texts.stream()
                  .anyMatch(
                      text ->
                          text.contains("\"" + schema)
                              && !text.contains(
                                  "\"$id\": \"https://dtmonitor.io/schemas/events/" + schema));
      assertTrue(
          referenced, schema + " is referenced by neither docs/asyncapi.yaml nor another schema");
    }
  }

  private static String asyncApi() {
    try {
      return Files.readString(EventSchemas.directory().getParent().resolve("asyncapi.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
