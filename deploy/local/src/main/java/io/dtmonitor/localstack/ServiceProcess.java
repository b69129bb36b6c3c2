package io.dtmonitor.localstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One of DT Monitor's services, run from its Quarkus fast-jar on a fixed port, with health and
 * metrics on a second one (its management interface).
 */
record ServiceProcess(String name, int port, int managementPort) {

  /** The services of the suite and their documented ports. */
  static final List<ServiceProcess> ALL =
      List.of(
          new ServiceProcess("programme-service", 8081, 9081),
          new ServiceProcess("reporting-service", 8082, 9082),
          new ServiceProcess("indicator-service", 8083, 9083));

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
            "QUARKUS_MANAGEMENT_HOST",
            "127.0.0.1",
            "QUARKUS_MANAGEMENT_PORT",
            Integer.toString(managementPort),
            "DTM_SWAGGER_UI",
            "true",
            "DTM_DB_URL",
            database.jdbcUrl(),
            "DTM_DB_USER",
            database.user(),
            "DTM_KAFKA_BOOTSTRAP",
            "127.0.0.1:" + KafkaBroker.PORT,
            "DTM_OIDC_URL",
            Keycloak.ISSUER,
            "DTM_OIDC_PUBLIC_URL",
            Keycloak.ISSUER),
        paths.repository(),
        URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"),
        paths);
  }
}
