package io.dtmonitor.seed;

import java.net.URI;

/** Where the three services answer. */
public record SeedEndpoints(URI programme, URI reporting, URI indicator) {

  /** The documented ports of the local stack. */
  public static SeedEndpoints local() {
    return new SeedEndpoints(
        URI.create("http://127.0.0.1:8081"),
        URI.create("http://127.0.0.1:8082"),
        URI.create("http://127.0.0.1:8083"));
  }
}
