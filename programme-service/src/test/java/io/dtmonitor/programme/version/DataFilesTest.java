package io.dtmonitor.programme.version;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.EventSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every version document under data/programmes conforms to the published import format. */
class DataFilesTest {

  @Test
  void everyVersionDocumentMatchesTheSchema() throws IOException {
    List<Path> documents;
    try (Stream<Path> files = Files.walk(DataFiles.directory())) {
      documents = files.filter(p -> p.getFileName().toString().matches("v[0-9]+\\.json")).toList();
    }
    assertFalse(documents.isEmpty());
    for (Path document : documents) {
      var errors =
          EventSchemas.validate("programme-version-document.v1", Files.readString(document));
      assertTrue(errors.isEmpty(), document + ": " + errors);
    }
  }
}
