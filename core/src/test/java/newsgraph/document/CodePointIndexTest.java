package newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointIndexTest {

  @Test void convertsByIdentityWithoutSurrogates() {
    CodePointIndex index = CodePointIndex.of("Zoë in Łódź");
    assertEquals(11, index.length());
    assertEquals(7, index.toCodePoint(7));
    assertEquals(7, index.toChar(7));
  }

  @Test void countsAnEmojiAsOneCodePoint() {
    String text = "a😀b😀c"; // a, U+1F600 (2 chars), b, U+1F600, c
    CodePointIndex index = CodePointIndex.of(text);
    assertEquals(5, index.length());
    assertEquals(2, index.toCodePoint(3)); // 'b'
    assertEquals(3, index.toChar(2));
    assertEquals(4, index.toCodePoint(6)); // 'c'
    assertEquals("b", index.substring(new Span(2, 3)));
    assertEquals("😀c", index.substring(new Span(3, 5)));
  }

  @Test void roundsAnIndexInsideAPairDownToThePair() {
    CodePointIndex index = CodePointIndex.of("x😀y");
    assertEquals(1, index.toCodePoint(2));
  }

  @Test void refusesOffsetsOutsideTheText() {
    CodePointIndex index = CodePointIndex.of("abc");
    assertThrows(IndexOutOfBoundsException.class, () -> index.toChar(4));
    assertThrows(IndexOutOfBoundsException.class, () -> index.toCodePoint(-1));
  }

  @Test void agreesWithTheJdkOnRandomText() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String[] pieces = {"a", "é", "😀", "𝔸", " ", "\n", "Ł"};
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) sb.append(pieces[random.nextInt(pieces.length)]);
      String text = sb.toString();
      CodePointIndex index = CodePointIndex.of(text);
      assertEquals(text.codePointCount(0, text.length()), index.length(), "seed=" + seed);
      for (int cp = 0; cp <= index.length(); cp++) {
        int ch = index.toChar(cp);
        assertEquals(text.offsetByCodePoints(0, cp), ch, "seed=" + seed + " text=" + text);
        assertEquals(cp, index.toCodePoint(ch), "seed=" + seed + " text=" + text);
      }
    }
  }
}
