package newsgraph.entities;

import static newsgraph.entities.TaggedText.span;
import static newsgraph.entities.TaggedText.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;
import org.junit.jupiter.api.Test;

class PiecedNamesTest {
  /** Runs the document-level repairs and returns the spans of the first unit. */
  private static List<TaggedSpan> firstUnit(String first, List<TaggedSpan> tagged, String second,
      List<TaggedSpan> secondTagged) {
    return NameConsistency.apply(List.of(words(first), words(second)), List.of(tagged, secondTagged)).get(0);
  }

  @Test void piecesOfANameFoundWholeElsewhereBecomeThatName() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 3, 5), span(EntityType.PERSON, 8, 9)),
        firstUnit("Growth rose , Bank of England deputy governor Rachel Lomax said .",
            List.of(span(EntityType.ORGANIZATION, 3, 3), span(EntityType.LOCATION, 5, 5), span(EntityType.PERSON, 8, 9)),
            "The Bank of England raised rates .", List.of(span(EntityType.ORGANIZATION, 1, 3))));
  }

  @Test void aLongerNameAroundItIsLeftAlone() {
    List<TaggedSpan> museum = List.of(span(EntityType.ORGANIZATION, 2, 5));
    assertEquals(museum, firstUnit("He visited Bank of England Museum today .", museum,
        "The Bank of England raised rates .", List.of(span(EntityType.ORGANIZATION, 1, 3))));
  }

  @Test void aRunWithACommonNounOrAnHonorificIsNotImposed() {
    List<TaggedSpan> calcutta = List.of(span(EntityType.LOCATION, 3, 3));
    assertEquals(calcutta, firstUnit("She lay in Calcutta hospital beds .", calcutta,
        "A Calcutta hospital said so .", List.of(span(EntityType.LOCATION, 1, 2))));
    List<TaggedSpan> hutt = List.of(span(EntityType.PERSON, 1, 1));
    assertEquals(hutt, firstUnit("Ms Hutt said so .", hutt,
        "Ms Hutt denied it .", List.of(span(EntityType.ORGANIZATION, 0, 1))));
  }

  @Test void twoNamesNextToEachOtherThatTheDocumentNeverJoinsStayTwo() {
    List<TaggedSpan> two = List.of(span(EntityType.LOCATION, 0, 0), span(EntityType.PERSON, 1, 2));
    assertEquals(two, firstUnit("Moscow Anna Smith arrived .", two,
        "Anna Smith left Moscow .", List.of(span(EntityType.PERSON, 0, 1), span(EntityType.LOCATION, 3, 3))));
  }
}
