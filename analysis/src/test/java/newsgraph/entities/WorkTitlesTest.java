package newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;
import org.junit.jupiter.api.Test;

class WorkTitlesTest {
  private static List<String> words(String line) {
    return Arrays.asList(line.split(" "));
  }

  private static TaggedSpan span(EntityType type, int first, int last) {
    return new TaggedSpan(type, first, last);
  }

  @Test void aNameAfterAKindOfWorkIsItsTitleInEveryMention() {
    List<List<String>> units = List.of(words("Leigh 's drama Vera Drake won ."), words("Vera Drake is bleak ."));
    List<List<TaggedSpan>> out = WorkTitles.apply(units, List.of(
        List.of(span(EntityType.PERSON, 0, 0), span(EntityType.PERSON, 3, 4)),
        List.of(span(EntityType.PERSON, 0, 1))));
    assertEquals(List.of(span(EntityType.PERSON, 0, 0), span(EntityType.MISC, 3, 4)), out.get(0));
    assertEquals(List.of(span(EntityType.MISC, 0, 1)), out.get(1));
  }

  @Test void aPostAfterTheWorkOrAVerbBeforeTheNameLeavesItAlone() {
    List<List<String>> units = List.of(words("The film director Mike Leigh spoke ."),
        words("They play Leicester on Sunday ."), words("A Film Four spokesman said so ."));
    List<List<TaggedSpan>> tagged = List.of(List.of(span(EntityType.PERSON, 3, 4)),
        List.of(span(EntityType.ORGANIZATION, 2, 2)), List.of(span(EntityType.ORGANIZATION, 1, 2)));
    assertEquals(tagged, WorkTitles.apply(units, tagged));
  }
}
