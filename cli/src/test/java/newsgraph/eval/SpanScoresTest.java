package newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScoresTest {

  @Test void readsIob1RunsAndBreaksThemAtB() {
    assertEquals(List.of(new LabeledSpan(0, 0, 2, "PERSON"), new LabeledSpan(0, 2, 3, "PERSON"),
            new LabeledSpan(0, 4, 5, "LOCATION")),
        ConllReader.spans(0, List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC")));
  }

  @Test void readsCoreNlpLabelsWithoutPrefixes() {
    assertEquals(List.of(new LabeledSpan(3, 1, 3, "ORGANIZATION")),
        ConllReader.spans(3, List.of("O", "ORGANIZATION", "ORGANIZATION")));
  }

  @Test void countsOnlyExactBoundariesAndTypeAsCorrect() {
    SpanScores scores = new SpanScores();
    scores.add(List.of(new LabeledSpan(0, 0, 2, "PERSON"), new LabeledSpan(0, 3, 4, "LOCATION")),
        List.of(new LabeledSpan(0, 0, 2, "PERSON"), new LabeledSpan(0, 3, 4, "ORGANIZATION"),
            new LabeledSpan(0, 5, 6, "MISC")));
    assertArrayEquals(new double[] {100.0 / 3, 50.0, 40.0}, scores.prf(null), 1e-9);
    assertArrayEquals(new double[] {100.0, 100.0, 100.0}, scores.prf("PERSON"), 1e-9);
    assertArrayEquals(new double[] {0, 0, 0}, scores.prf("LOCATION"), 1e-9);
  }
}
