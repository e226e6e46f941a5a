package newsgraph.entities;

import static newsgraph.entities.TaggedText.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;
import org.junit.jupiter.api.Test;

class BracketedNamesTest {
  private static final EntityType PER = EntityType.PERSON;
  private static final EntityType ORG = EntityType.ORGANIZATION;
  private static final EntityType LOC = EntityType.LOCATION;

  private static List<TaggedSpan> join(String line, TaggedSpan... spans) {
    return BracketedNames.apply(List.of(Arrays.asList(line.split(" "))), List.of(List.of(spans))).get(0);
  }

  @Test void aNicknameInQuotesJoinsFirstNameAndSurname() {
    // 0     1 2     3 4 5       6
    // Tomas " Iron " Vella won .
    assertEquals(List.of(span(PER, 0, 4)),
        join("Tomas \" Iron \" Vella won .", span(PER, 0, 0), span(PER, 2, 2), span(PER, 4, 4)));
    assertEquals(List.of(span(PER, 0, 6)), join("Tomas \" Hands of Stone \" Vella won .",
        span(PER, 0, 0), span(ORG, 4, 4), span(PER, 6, 6)), "whatever the tagger called the nickname");
  }

  @Test void aQuotationBetweenTwoNamesIsNoNickname() {
    List<TaggedSpan> spans = List.of(span(PER, 0, 0), span(PER, 6, 6));
    assertEquals(spans, join("Vella \" will not win \" Pike said .", spans.toArray(TaggedSpan[]::new)));
  }

  @Test void aNameInBracketsBelongsToThePerson() {
    // James Leander ( Leo ) Nichols died
    assertEquals(List.of(span(PER, 0, 5)), join("James Leander ( Leo ) Nichols died .",
        span(PER, 0, 1), span(PER, 3, 5)));
    // saw ( Tom ) Seaver pitch
    assertEquals(List.of(span(PER, 1, 4)), join("saw ( Tom ) Seaver pitch .", span(PER, 2, 4)));
  }

  @Test void aCountryInBracketsBetweenTwoNamesStaysApart() {
    List<TaggedSpan> spans = List.of(span(PER, 1, 2), span(LOC, 4, 4), span(PER, 6, 6));
    assertEquals(spans, join("7. Luca Pavanello ( Italy ) Aki 11", spans.toArray(TaggedSpan[]::new)));
  }

  @Test void aCodeInBracketsBetweenTwoNamesStaysApart() {
    // Ilke Wyludda ( GER ) Astrid Kumbernuss, the code untagged
    List<TaggedSpan> spans = List.of(span(PER, 0, 1), span(PER, 5, 6));
    assertEquals(spans, join("Ilke Wyludda ( GER ) Astrid Kumbernuss 69.66", spans.toArray(TaggedSpan[]::new)));
  }

  @Test void lettersInBracketsAfterANameInRunningTextStayOut() {
    assertEquals(List.of(span(ORG, 0, 1)), join("AT&T Corp ( T ) shares rose", span(ORG, 0, 1)), "a ticker");
    assertEquals(List.of(span(PER, 0, 0)), join("Kent ( R ) said .", span(PER, 0, 0)), "a party's letter");
  }

  @Test void aTitleInQuotesBeginsWithItsArticle() {
    assertEquals(List.of(span(EntityType.MISC, 3, 5)),
        join("his film \" The Quiet Harbour \" opened", span(EntityType.MISC, 4, 5)));
    List<TaggedSpan> unquoted = List.of(span(EntityType.MISC, 1, 2));
    assertEquals(unquoted, join("The Quiet Harbour opened", span(EntityType.MISC, 1, 2)), "no quotes, no title");
  }

  @Test void aNameRunIntoABracketItDoesNotCloseIsTwoNames() {
    // Hamsa ( Party of Light ) gunmen
    assertEquals(List.of(span(ORG, 0, 0), span(ORG, 2, 4)),
        join("Hamsa ( Party of Light ) gunmen fired", span(ORG, 0, 4)));
    List<TaggedSpan> closed = List.of(span(ORG, 0, 3));
    assertEquals(closed, join("Mladost ( L ) won", closed.toArray(TaggedSpan[]::new)), "a closed bracket stays");
  }
}
