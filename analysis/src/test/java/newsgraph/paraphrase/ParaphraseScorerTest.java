package newsgraph.paraphrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParaphraseScorerTest {
  private final ParaphraseScorer scorer = new ParaphraseScorer();

  @Test void scoresARewordingAboveAnUnrelatedSentence() {
    String a = "The company said profits rose 10 percent in the third quarter.";
    double reworded = scorer.score(a, "Profits at the company rose 10 percent in the third quarter, it said.");
    double unrelated = scorer.score(a, "Heavy snow closed schools across the north on Friday.");
    assertTrue(reworded > ParaphraseScorer.MRPC_THRESHOLD, "reworded " + reworded);
    assertTrue(unrelated < ParaphraseScorer.MRPC_THRESHOLD, "unrelated " + unrelated);
  }

  @Test void scoresASynonymSwapAboveAnUnrelatedSwap() {
    String a = "The company bought the factory for 40 million dollars last week.";
    double synonym = scorer.score(a, "The company purchased the factory for 40 million dollars last week.");
    double unrelated = scorer.score(a, "The company inspected the factory for 40 million dollars last week.");
    assertTrue(synonym > unrelated, synonym + " vs " + unrelated);
  }

  @Test void screensOutClearlyDifferentTextsWithoutChangingTheirCall() {
    double p = scorer.score("Heavy snow closed schools across the north on Friday.",
        "The central bank left interest rates unchanged at 4 percent.");
    assertTrue(p < ParaphraseScorer.SCREEN_BELOW, "screened " + p);
  }

  @Test void isSymmetricEnoughToNotCareWhichComesFirst() {
    String a = "Talks resumed in Geneva on Monday.";
    String b = "On Monday talks resumed in Geneva.";
    assertEquals(scorer.score(a, b), scorer.score(b, a), 1e-9);
  }

  @Test void fitsASeparableToyProblem() {
    List<String[]> pairs = List.of(new String[] {"a b c d", "a b c d"}, new String[] {"a b c d", "w x y z"},
        new String[] {"e f g h", "e f g h"}, new String[] {"e f g h", "p q r s"});
    ParaphraseScorer fitted = ParaphraseScorer.of(ParaphraseScorer.fit(pairs, List.of(true, false, true, false)));
    assertTrue(fitted.score("k l m n", "k l m n") > 0.5);
    assertTrue(fitted.score("k l m n", "t u v w") < 0.5);
  }
}
