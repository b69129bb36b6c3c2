package io.dtmonitor.programme.version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's data files under {@code data/programmes/}. */
final class DataFiles {

  private DataFiles() {}

  static Path directory() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("data/programmes"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("data/programmes not found");
    }
    return dir.resolve("data/programmes");
  }

  static String read(String name) {
    try {
      return Files.readString(directory().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
