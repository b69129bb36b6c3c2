package io.dtmonitor.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** If-Match against a resource's version, with the strong comparison RFC 9110 asks for. */
class EntityTagsTest {

  @Test
  void theCurrentTagOrAnyTagMatches() {
    assertDoesNotThrow(() -> EntityTags.requireMatch("\"2\"", 2));
    assertDoesNotThrow(() -> EntityTags.requireMatch("\"1\", \"2\"", 2));
    assertDoesNotThrow(() -> EntityTags.requireMatch("*", 2));
  }

  @Test
  void aWeakTagNeverMatchesEvenOfTheCurrentVersion() {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> EntityTags.requireMatch("W/\"2\"", 2));
    assertEquals(ProblemType.PRECONDITION_FAILED, refused.type());
    assertTrue(refused.getMessage().contains("weak ETag"), refused.getMessage());
  }

  @Test
  void anotherVersionIs412AndNoTagIs428() {
    assertEquals(
        ProblemType.PRECONDITION_FAILED,
        assertThrows(ProblemException.class, () -> EntityTags.requireMatch("\"1\"", 2)).type());
    assertEquals(
        ProblemType.PRECONDITION_REQUIRED,
        assertThrows(ProblemException.class, () -> EntityTags.requireMatch(null, 2)).type());
  }
}
