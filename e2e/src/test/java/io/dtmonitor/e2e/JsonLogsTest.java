package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.e2e.RunningSuite.Service;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With {@code DTM_LOG_JSON=true}, as the Kubernetes config sets it and the suite runs them, each
 * service writes every log record as one JSON object per line, with its time, level, logger and
 * message: none in the human-readable format.
 */
class JsonLogsTest {

  private static final Pattern READABLE_RECORD =
      Pattern.compile(
          "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} +(TRACE|DEBUG|INFO|WARN|ERROR)");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(Service.class)
  void everyLogRecordIsOneJsonObject(Service service) throws Exception {
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(RunningSuite.get().log(service))) {
      assertTrue(
          !READABLE_RECORD.matcher(line).find(), service + " logged a readable record: " + line);
      if (line.startsWith("{")) {
        JsonNode record = json.readTree(line);
        for (String field : List.of("timestamp", "level", "loggerName", "message")) {
          assertTrue(record.hasNonNull(field), service + ": no " + field + " in " + line);
        }
        records.add(record);
      }
    }
    assertTrue(
        records.stream().anyMatch(r -> r.path("message").asText().contains("started in")),
        service + " logged its start as JSON");
  }
}
