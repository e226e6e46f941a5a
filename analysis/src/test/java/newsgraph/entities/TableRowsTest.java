package newsgraph.entities;

import static newsgraph.entities.TaggedText.span;
import static newsgraph.entities.TaggedText.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;
import org.junit.jupiter.api.Test;

class TableRowsTest {
  private static final EntityType ORG = EntityType.ORGANIZATION;

  @Test void aResultRowsUntaggedTeamTakesTheTypeOfTheOtherRowsTeams() {
    List<List<String>> units = List.of(words("Leeds 2 Wigan Athletic 1"), words("Bolton 0 Hull 3"),
        words("Sale 31 Wasps 33"));
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(
        List.of(span(ORG, 0, 0), span(ORG, 2, 3)), List.of(span(ORG, 0, 0), span(ORG, 2, 2)),
        List.of(span(ORG, 2, 2))));
    TableRows.fill(units, spans);
    assertEquals(List.of(span(ORG, 0, 0), span(ORG, 2, 2)), spans.get(2));
  }

  @Test void aStandingsRowsNameTheTaggerCalledSomethingElseTakesTheRowsType() {
    List<List<String>> units = List.of(words("Leeds 4 3 1 0 7 4 10"), words("Bolton 4 2 1 1 5 4 7"),
        words("Stoke 4 1 1 2 4 5 4"), words("Currie 4 0 1 3 2 9 1"));
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(List.of(span(ORG, 0, 0)),
        List.of(span(ORG, 0, 0)), List.of(), List.of(span(EntityType.PERSON, 0, 0))));
    TableRows.fill(units, spans);
    assertEquals(List.of(span(ORG, 0, 0)), spans.get(2));
    assertEquals(List.of(span(ORG, 0, 0)), spans.get(3));
  }

  @Test void aClubsTownLettersInBracketsArePartOfItsName() {
    List<List<String>> units = List.of(words("Hajduk 2 Proleter ( Z ) 0"), words("Mladost ( L ) 1 Rad ( B ) 1"),
        words("Obilic 2 Zemun 0"));
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(List.of(span(ORG, 0, 0)),
        List.of(span(ORG, 0, 0), span(EntityType.PERSON, 5, 5)), List.of(span(ORG, 0, 0), span(ORG, 2, 2))));
    TableRows.fill(units, spans);
    assertEquals(List.of(span(ORG, 0, 0), span(ORG, 2, 5)), spans.get(0), "filled with its letters");
    assertEquals(List.of(span(ORG, 0, 3), span(ORG, 5, 8)), spans.get(1), "extended, and retyped");
  }

  @Test void aPersonsPartyLetterInAResultsRowStaysOutOfTheName() {
    List<List<String>> units = List.of(words("Clinton ( D ) 49 Dole ( R ) 41"), words("Perot ( I ) 8 Nader ( G ) 1"));
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(
        List.of(span(EntityType.PERSON, 0, 0), span(EntityType.PERSON, 5, 5)),
        List.of(span(EntityType.PERSON, 0, 0), span(EntityType.PERSON, 5, 5))));
    TableRows.fill(units, spans);
    assertEquals(List.of(span(EntityType.PERSON, 0, 0), span(EntityType.PERSON, 5, 5)), spans.get(0));
  }

  @Test void anAcronymInBracketsIsNoTownsLetters() {
    List<List<String>> units = List.of(words("Popular Party ( PP ) 156 Socialists 141"), words("Leeds 2 Hull 1"));
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(List.of(span(ORG, 0, 1), span(ORG, 6, 6)),
        List.of(span(ORG, 0, 0), span(ORG, 2, 2))));
    TableRows.fill(units, spans);
    assertEquals(List.of(span(ORG, 0, 1), span(ORG, 6, 6)), spans.get(0));
  }

  @Test void leavesRowsAloneWithoutEnoughAgreement() {
    List<List<String>> units = List.of(words("Leeds 2 Wigan 1"), words("Sale 31 Wasps 33"));
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(List.of(span(ORG, 0, 0)), List.of()));
    TableRows.fill(units, spans);
    assertEquals(List.of(), spans.get(1), "one vote is not a table");
  }

  @Test void leavesLinesOfOtherShapesAlone() {
    List<List<String>> units = List.of(words("Leeds 2 Wigan 1"), words("Bolton 0 Hull 3"),
        words("Shares rose 4 percent in 2 days"), words("Reading won 2 - 1"));
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(List.of(span(ORG, 0, 0), span(ORG, 2, 2)),
        List.of(span(ORG, 0, 0), span(ORG, 2, 2)), List.of(), List.of()));
    TableRows.fill(units, spans);
    assertEquals(List.of(), spans.get(2));
    assertEquals(List.of(), spans.get(3));
  }
}
