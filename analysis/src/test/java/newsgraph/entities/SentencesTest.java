package newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  // Tokens "Ann Lee , the mayor" at [0,3) [4,7) [7,8) [9,12) [13,18)
  private static final Sentences.View VIEW = new Sentences.View(List.of(), List.of("Ann", "Lee", ",", "the", "mayor"),
      new int[] {0, 4, 7, 9, 13}, new int[] {3, 7, 8, 12, 18});

  @Test void findsTheFirstTokenOfAMention() {
    assertEquals(0, VIEW.firstStartingAtOrAfter(0));
    assertEquals(1, VIEW.firstStartingAtOrAfter(4));
    assertEquals(3, VIEW.firstStartingAtOrAfter(8), "a mention starting between tokens");
    assertEquals(-1, VIEW.firstStartingAtOrAfter(14), "none after the last token's start");
  }

  @Test void findsTheEndOfAMention() {
    assertEquals(2, VIEW.endOfLastEndingBy(7), "Ann Lee");
    assertEquals(5, VIEW.endOfLastEndingBy(18));
    assertEquals(-1, VIEW.endOfLastEndingBy(2), "no token ends by then");
  }
}
