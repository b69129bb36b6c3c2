package io.dtmonitor.platform.region;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The first-level regions the suite knows (ISO 3166-2 codes of Ukraine's oblasts, Kyiv, Sevastopol
 * and Crimea, and Orenburg oblast), for checks that have no region table of their own at hand: a
 * consumed event naming a region outside this list is poison.
 */
@ApplicationScoped
public class KnownRegions {

  /**
   * The most regions the suite holds, the cap every per-region list documents: regions come only
   * from the schema migrations (28 today), never from the API.
   */
  public static final int CAPACITY = 100;

  private static final String RESOURCE = "regions.csv";

  private final Set<String> codes;

  public KnownRegions() {
    this.codes = read();
  }

  public boolean contains(String code) {
    return codes.contains(code);
  }

  /** Every known code, sorted. */
  public Set<String> codes() {
    return codes;
  }

  private static Set<String> read() {
    SortedSet<String> codes = new TreeSet<>();
    try (InputStream in = KnownRegions.class.getResourceAsStream(RESOURCE);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("code,"))
          .forEach(line -> codes.add(line.substring(0, line.indexOf(','))));
    } catch (IOException e) {
      throw new UncheckedIOException("The region list " + RESOURCE + " could not be read", e);
    }
    return Collections.unmodifiableSortedSet(codes);
  }
}
