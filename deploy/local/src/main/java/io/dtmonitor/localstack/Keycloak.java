package io.dtmonitor.localstack;

import io.dtmonitor.seed.Actor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode on loopback, with the {@code dtm} realm imported from {@code
 * deploy/k8s/base/keycloak/} on first start ({@link DemoUsers} adds the demo users once it is
 * ready). The issuer is pinned to 127.0.0.1 so tokens fetched through any host name validate in the
 * services.
 */
final class Keycloak {

  static final String VERSION = "26.7.3";
  static final int PORT = 8180;
  static final int MANAGEMENT_PORT = 9180;
  static final String ISSUER = "http://127.0.0.1:" + PORT + "/realms/dtm";
  static final String ADMIN_PASSWORD = "keycloak-demo";

  private Keycloak() {}

  static ChildProcess prepare(StackPaths paths) throws IOException {
    Path home = paths.keycloak(VERSION);
    if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException("Keycloak is not unpacked in " + home + "; run ./dtm up");
    }
    Path imports = home.resolve("data/import");
    Files.createDirectories(imports);
    Files.copy(
        paths.realmFile(), imports.resolve("dtm-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    return new ChildProcess(
        "keycloak",
        List.of(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--import-realm",
            "--http-host=127.0.0.1",
            "--http-port=" + PORT,
            "--hostname=http://127.0.0.1:" + PORT,
            "--health-enabled=true",
            "--http-management-port=" + MANAGEMENT_PORT),
        Map.of(
            "KC_BOOTSTRAP_ADMIN_USERNAME",
            "admin",
            "KC_BOOTSTRAP_ADMIN_PASSWORD",
            ADMIN_PASSWORD,
            "DTM_MINISTRY_AGGREGATOR_SECRET",
            Actor.MINISTRY.secret(),
            "JAVA_OPTS_KC_HEAP",
            "-Xms64m -Xmx512m"),
        home,
        URI.create("http://127.0.0.1:" + MANAGEMENT_PORT + "/health/ready"),
        paths);
  }
}
