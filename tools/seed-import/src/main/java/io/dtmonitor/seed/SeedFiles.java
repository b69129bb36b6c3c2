package io.dtmonitor.seed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads the data files strictly: an unknown field, a wrong type or broken JSON is a {@link
 * SeedDataException} that names the file, the line and column, and the field path, so the person
 * who edited the file finds the mistake at once.
 */
final class SeedFiles {

  private final Path root;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  SeedFiles(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  <T> T read(Path file, Class<T> type) {
    return read(file, json.getTypeFactory().constructType(type));
  }

  <T> T read(Path file, TypeReference<T> type) {
    return read(file, json.getTypeFactory().constructType(type));
  }

  private <T> T read(Path file, com.fasterxml.jackson.databind.JavaType type) {
    try {
      return json.readValue(file.toFile(), type);
    } catch (JsonProcessingException e) {
      throw new SeedDataException(describe(file, e), e);
    } catch (IOException e) {
      throw new SeedDataException(relative(file) + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  String relative(Path file) {
    Path base = root.getParent() == null ? root : root.getParent();
    return base.relativize(file.toAbsolutePath().normalize()).toString();
  }

  boolean exists(Path file) {
    return Files.isRegularFile(file);
  }

  private String describe(Path file, JsonProcessingException e) {
    StringBuilder message = new StringBuilder(relative(file));
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message
          .append(", line ")
          .append(location.getLineNr())
          .append(", column ")
          .append(location.getColumnNr());
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      message
          .append(" (at ")
          .append(
              mapping.getPath().stream()
                  .map(
                      reference ->
                          reference.getFieldName() != null
                              ? reference.getFieldName()
                              : "[" + reference.getIndex() + "]")
                  .collect(Collectors.joining("."))
                  .replace(".[", "["))
          .append(")");
    }
    String reason = e.getOriginalMessage();
    int newline = reason.indexOf('\n');
    message.append(": ").append(newline < 0 ? reason : reason.substring(0, newline));
    return message.toString();
  }
}
