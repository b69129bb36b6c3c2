package io.dtmonitor.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the stack keeps its state: {@code .dtm/} in the repository, kept between runs. */
record StackPaths(Path repository, Path home) {

  static StackPaths of(Path repository) throws IOException {
    StackPaths paths = new StackPaths(repository, repository.resolve(".dtm"));
    Files.createDirectories(paths.logs());
    Files.createDirectories(paths.run());
    return paths;
  }

  Path logs() {
    return home.resolve("logs");
  }

  Path run() {
    return home.resolve("run");
  }

  Path log(String name) {
    return logs().resolve(name + ".log");
  }

  Path pidFile(String name) {
    return run().resolve(name + ".pid");
  }

  Path postgresData() {
    return home.resolve("postgres").resolve("data");
  }

  Path postgresBinaries() {
    return home.resolve("postgres").resolve("binaries");
  }

  Path kafka() {
    return home.resolve("kafka");
  }

  Path keycloak(String version) {
    return home.resolve("keycloak-" + version);
  }

  Path launcherClasspath() {
    return repository.resolve("deploy/local/target/lib");
  }

  Path realmFile() {
    return repository.resolve("deploy/k8s/base/keycloak/dtm-realm.json");
  }

  /** The demo users and the password-grant client, which only the local run adds to the realm. */
  Path demoRealmFile() {
    return repository.resolve("deploy/k8s/overlays/local/keycloak/dtm-demo.json");
  }
}
