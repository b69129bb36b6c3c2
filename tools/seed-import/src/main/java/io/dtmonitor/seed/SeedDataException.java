package io.dtmonitor.seed;

/** A data file the import cannot use; the message names the file and the place in it. */
public class SeedDataException extends RuntimeException {

  public SeedDataException(String message) {
    super(message);
  }

  public SeedDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
