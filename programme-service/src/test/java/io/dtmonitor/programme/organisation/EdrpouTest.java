package io.dtmonitor.programme.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Codes of registered bodies (PrivatBank, Ukrtelecom, Naftogaz, Nova Poshta) pass, and so do codes
 * whose first weighted sum leaves 10; one wrong digit, a wrong length or a letter do not.
 */
class EdrpouTest {

  @ParameterizedTest
  @CsvSource({
    "14360570, true",
    "21560766, true",
    "20077720, true",
    "31316718, true",
    "10000062, true",
    "35000016, true",
    "10000063, false",
    "14360571, false",
    "31316717, false",
    "1436057, false",
    "143605700, false",
    "1436057O, false"
  })
  void checksTheCheckDigit(String code, boolean valid) {
    assertEquals(valid, Edrpou.isValid(code));
  }
}
