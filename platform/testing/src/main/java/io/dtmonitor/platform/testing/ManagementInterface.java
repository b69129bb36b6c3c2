package io.dtmonitor.platform.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests to the service's management interface (health and metrics), which listens on a port of
 * its own: {@code quarkus.management.test-port} in tests.
 */
public final class ManagementInterface {

  private ManagementInterface() {}

  /** A REST Assured request aimed at the management port instead of the API's. */
  public static RequestSpecification given() {
    return RestAssured.given().port(port());
  }

  public static int port() {
    return ConfigProvider.getConfig()
        .getOptionalValue("quarkus.management.test-port", Integer.class)
        .orElse(9001);
  }
}
