package io.dtmonitor.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link RawReadServer} in a JVM of its own, on the services' CPUs and with their heap limit, so
 * the benchmark compares it with the services under the same conditions.
 */
final class RawReadProcess implements AutoCloseable {

  private final Process process;
  private final URI base;

  private RawReadProcess(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  static RawReadProcess start(Path logs) throws Exception {
    int port = RunningSuite.freePort();
    List<String> command = new ArrayList<>();
    String cpus = System.getProperty(RunningSuite.SERVICE_CPUS);
    if (cpus != null && !cpus.isBlank()) {
      command.addAll(List.of("taskset", "-c", cpus));
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            RawReadServer.class.getName(),
            Integer.toString(port)));
    try (Connection db = RunningSuite.get().connect()) {
      DatabaseMetaData meta = db.getMetaData();
      URI database = URI.create(meta.getURL().substring("jdbc:".length()));
      command.addAll(
          List.of(
              database.getHost(),
              Integer.toString(database.getPort()),
              database.getPath().substring(1),
              meta.getUserName()));
    }
    Files.createDirectories(logs);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("raw-read.log").toFile()))
            .start();
    RawReadProcess raw = new RawReadProcess(process, URI.create("http://localhost:" + port));
    try {
      raw.awaitReady();
    } catch (Exception | Error e) {
      raw.close();
      throw e;
    }
    return raw;
  }

  URI uri(String path) {
    return base.resolve(path);
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the raw read server exited; see raw-read.log");
      }
      try {
        int status =
            http.send(
                    HttpRequest.newBuilder(uri("/cross-region?period=2022")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the raw read server did not answer in 60 s");
  }

  @Override
  public void close() {
    RunningSuite.kill(process);
  }
}
