package io.dtmonitor.localstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One of DT Monitor's services, run from its Quarkus fast-jar on a fixed port. */
record ServiceProcess(String name, int port) {

  /** The services of the suite and their documented ports. */
  static final List<ServiceProcess> ALL =
      List.of(
          new ServiceProcess("programme-service", 8081),
          new ServiceProcess("reporting-service", 8082),
          new ServiceProcess("indicator-service", 8083));

  ChildProcess prepare(StackPaths paths, LocalDatabase database) {
    Path jar = paths.repository().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing; ./dtm up builds it");
    }
    return new ChildProcess(
        name,
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m",
            "-jar",
            jar.toString()),
        // The demo realm's users and secrets are public: the local run answers this host only.
        Map.of(
            "QUARKUS_HTTP_HOST",
            "127.0.0.1",
            "QUARKUS_HTTP_PORT",
            Integer.toString(port),
            "DTM_DB_URL",
            database.jdbcUrl(),
            "DTM_DB_USER",
            database.user(),
            "DTM_KAFKA_BOOTSTRAP",
            "127.0.0.1:" + KafkaBroker.PORT,
            "DTM_OIDC_URL",
            Keycloak.ISSUER),
        paths.repository(),
        URI.create("http://127.0.0.1:" + port + "/q/health/ready"),
        paths);
  }
}
