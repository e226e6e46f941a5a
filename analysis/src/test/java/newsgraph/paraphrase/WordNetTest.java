package newsgraph.paraphrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordNetTest {
  @Test void matchesSynonymsAndInflectedForms() {
    assertTrue(WordNet.match("buy", "purchase"));
    assertTrue(WordNet.match("bought", "purchased"));
    assertTrue(WordNet.match("quit", "resign"));
  }

  @Test void matchesDerivations() {
    assertTrue(WordNet.match("decide", "decision"));
  }

  @Test void doesNotMatchUnrelatedWords() {
    assertFalse(WordNet.match("buy", "banana"));
    assertFalse(WordNet.match("rifle", "pistol"));
  }

  @Test void givesKindsOfOneThingAPartialSimilarity() {
    double s = WordNet.similarity("rifle", "pistol");
    assertTrue(s > 0 && s < 1, "rifle/pistol " + s);
    assertEquals(0, WordNet.similarity("banana", "senate"));
  }

  @Test void treatsFiguresAsPlainWords() {
    assertTrue(WordNet.match("2004", "2004"));
    assertFalse(WordNet.match("2004", "2005"));
    assertEquals(0, WordNet.similarity("2004", "2005"));
  }
}
