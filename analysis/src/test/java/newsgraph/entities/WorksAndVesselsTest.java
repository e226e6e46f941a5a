package newsgraph.entities;

import static newsgraph.entities.TaggedText.span;
import static newsgraph.entities.TaggedText.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;
import org.junit.jupiter.api.Test;

class WorksAndVesselsTest {
  @Test void aNameAfterAKindOfWorkIsItsTitleInEveryMention() {
    List<List<String>> units = List.of(words("Leigh 's drama Vera Drake won ."), words("Vera Drake is bleak ."));
    List<List<TaggedSpan>> out = WorksAndVessels.apply(units, List.of(
        List.of(span(EntityType.PERSON, 0, 0), span(EntityType.PERSON, 3, 4)),
        List.of(span(EntityType.PERSON, 0, 1))));
    assertEquals(List.of(span(EntityType.PERSON, 0, 0), span(EntityType.MISC, 3, 4)), out.get(0));
    assertEquals(List.of(span(EntityType.MISC, 0, 1)), out.get(1));
  }

  @Test void aShipsNameIsMiscButAnAirlineAfterCarrierIsNot() {
    List<List<String>> units = List.of(words("Jets flew from the aircraft carrier Carl Vinson ."),
        words("The Carl Vinson sailed ."), words("The carrier EgyptAir cut fares ."));
    List<List<TaggedSpan>> out = WorksAndVessels.apply(units, List.of(
        List.of(span(EntityType.PERSON, 6, 7)), List.of(span(EntityType.PERSON, 1, 2)),
        List.of(span(EntityType.ORGANIZATION, 2, 2))));
    assertEquals(List.of(span(EntityType.MISC, 6, 7)), out.get(0));
    assertEquals(List.of(span(EntityType.MISC, 1, 2)), out.get(1));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 2, 2)), out.get(2));
  }

  @Test void aPostAfterTheWorkOrAVerbBeforeTheNameLeavesItAlone() {
    List<List<String>> units = List.of(words("The film director Mike Leigh spoke ."),
        words("They play Leicester on Sunday ."), words("A Film Four spokesman said so ."));
    List<List<TaggedSpan>> tagged = List.of(List.of(span(EntityType.PERSON, 3, 4)),
        List.of(span(EntityType.ORGANIZATION, 2, 2)), List.of(span(EntityType.ORGANIZATION, 1, 2)));
    assertEquals(tagged, WorksAndVessels.apply(units, tagged));
  }
}
