package io.dtmonitor.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The event contracts in the repository's {@code docs/events/}: producer tests validate what they
 * publish against them, consumer tests read their examples.
 */
public final class EventSchemas {

  /** Prefix of every schema's {@code $id}; resolved to the files in {@code docs/events/}. */
  public static final String SCHEMA_BASE = "https://dtmonitor.io/schemas/events/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventSchemas() {}

  /** The repository's {@code docs/events} directory, found from the module's directory. */
  public static Path directory() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path events = dir.resolve("docs").resolve("events");
      if (Files.isDirectory(events)) {
        return events;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("docs/events not found above " + Path.of("").toAbsolutePath());
  }

  /** Validation messages of {@code json} against {@code <name>.schema.json}; empty when valid. */
  public static Set<ValidationMessage> validate(String name, String json) {
    try (InputStream schemaFile =
        Files.newInputStream(directory().resolve(name + ".schema.json"))) {
      JsonSchemaFactory factory =
          JsonSchemaFactory.getInstance(
              SpecVersion.VersionFlag.V202012,
              builder ->
                  builder.schemaMappers(
                      mappers -> mappers.mapPrefix(SCHEMA_BASE, directory().toUri().toString())));
      JsonSchema schema = factory.getSchema(schemaFile);
      return schema.validate(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example event {@code <name>.example.json}. */
  public static JsonNode example(String name) {
    try {
      return JSON.readTree(directory().resolve(name + ".example.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
