package io.dtmonitor.localstack;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process the stack starts, with its log file, its readiness check and a pid file, so that {@code
 * dtm stop} can end it even when the launcher itself is gone.
 */
final class ChildProcess {

  private final String name;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path workingDirectory;
  private final URI readiness;
  private final StackPaths paths;
  private Process process;

  ChildProcess(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path workingDirectory,
      URI readiness,
      StackPaths paths) {
    this.name = name;
    this.command = command;
    this.environment = environment;
    this.workingDirectory = workingDirectory;
    this.readiness = readiness;
    this.paths = paths;
  }

  String name() {
    return name;
  }

  void start() throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().putAll(environment);
    Path log = paths.log(name);
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = builder.start();
    Files.writeString(paths.pidFile(name), Long.toString(process.pid()));
  }

  /** Waits until the readiness URL answers 200 (or, for tcp:// URIs, the port accepts). */
  void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with code " + process.exitValue() + "; see " + paths.log(name));
      }
      if (isReady()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        name + " was not ready within " + timeout + "; see " + paths.log(name));
  }

  private boolean isReady() {
    try {
      if ("tcp".equals(readiness.getScheme())) {
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress(readiness.getHost(), readiness.getPort()), 500);
          return true;
        }
      }
      HttpURLConnection connection = (HttpURLConnection) readiness.toURL().openConnection();
      connection.setConnectTimeout(500);
      connection.setReadTimeout(2000);
      try {
        return connection.getResponseCode() == 200;
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      return false;
    }
  }

  /** Asks the process to stop, then kills it if it has not stopped in time. */
  void stop() {
    if (process == null) {
      return;
    }
    stop(process.toHandle(), name);
    try {
      Files.deleteIfExists(paths.pidFile(name));
    } catch (IOException e) {
      // a stale pid file is checked against the live process before use
    }
  }

  static void stop(ProcessHandle handle, String name) {
    if (!handle.isAlive()) {
      return;
    }
    System.out.println("  stopping " + name + " (pid " + handle.pid() + ")");
    handle.descendants().forEach(ProcessHandle::destroy);
    handle.destroy();
    try {
      handle.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      handle.descendants().forEach(ProcessHandle::destroyForcibly);
      handle.destroyForcibly();
    }
  }
}
