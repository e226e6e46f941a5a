package newsgraph.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequencePatternTest {

  private static boolean find(String pattern, String text) {
    return SequencePattern.compile(pattern).findIn(text, 0, text.length());
  }

  @Test void matchesAnySequenceOfClassesAmongAlternatives() {
    assertTrue(find("[a-c]x|Ã[©®]", "zzÃ©"));
    assertTrue(find("[a-c]x|Ã[©®]", "bx"));
    assertFalse(find("[a-c]x|Ã[©®]", "dx Ã¢"));
  }

  @Test void readsEscapedCharactersAndRanges() {
    assertTrue(find("[\\u0080-\\u009f]", "a\u0085b"));
    assertTrue(find("Ã[\\xa0¡]", "Ã\u00a0"));
    assertFalse(find("[\\u0080-\\u009f]", "a\u00a0b"));
  }

  @Test void honoursOptionalAtomsAnchorsAndNegation() {
    assertTrue(find("[a-z]\\s?[ÃÂ][ ]", "aÃ "));
    assertTrue(find("[a-z]\\s?[ÃÂ][ ]", "a Ã "));
    assertTrue(find("^[ÃÂ][ ]", "Ã x"));
    assertFalse(find("^[ÃÂ][ ]", "xÃ x"));
    assertTrue(find("[Œœ][^A-Za-z]", "œ1"));
    assertFalse(find("[Œœ][^A-Za-z]", "œu"));
  }

  @Test void spaceAndWordClassesAgreeWithCharacterOnEveryCodePoint() {
    java.util.function.IntPredicate space = SequencePattern.charClass("\\s");
    java.util.function.IntPredicate word = SequencePattern.charClass("\\w");
    for (int cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 17) {
      assertEquals(Character.isWhitespace(cp) || Character.isSpaceChar(cp), space.test(cp), "\\s at " + cp);
      assertEquals(Character.isLetterOrDigit(cp) || cp == '_', word.test(cp), "\\w at " + cp);
    }
  }

  @Test void matchesWholeCodePointsAsPythonDoes() {
    assertTrue(find("[Œœ][^A-Za-z]", "œ😀"));
    assertTrue(find("ГўВЂВ.[A-Za-z ]", "ГўВЂВ😀a"));
  }

  @Test void reportsHowFarBeforeANonAsciiCharacterAMatchCanStart() {
    assertEquals(2, SequencePattern.compile("[a-z]\\s?[ÃÂ][ ]|×[²³]").asciiLead());
    assertEquals(-1, SequencePattern.compile("[a-z]x|×[²³]").asciiLead());
  }

  @Test void refusesSyntaxItDoesNotSupport() {
    assertThrows(IllegalArgumentException.class, () -> SequencePattern.compile("(ab)+"));
  }
}
