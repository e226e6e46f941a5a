package newsgraph.entities;

import static newsgraph.entities.TaggedText.span;
import static newsgraph.entities.TaggedText.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;
import org.junit.jupiter.api.Test;

class NameBoundariesTest {
  /** A made-up gazetteer that knows one town. */
  private static final Places PLACES = new Places() {
    @Override public boolean known(String name) {
      return name.equals("Oxley");
    }

    @Override public boolean countryOrRegion(String name) {
      return false;
    }
  };

  private static List<TaggedSpan> one(String line, TaggedSpan... spans) {
    return NameBoundaries.apply(List.of(words(line)), List.of(List.of(spans)), PLACES).get(0);
  }

  @Test void aRegnalNumberBelongsToTheName() {
    assertEquals(List.of(span(EntityType.PERSON, 1, 2)), one("King Olav V died .", span(EntityType.PERSON, 1, 1)));
    assertEquals(List.of(span(EntityType.PERSON, 1, 2)), one("Queen Mathilde I became regent .", span(EntityType.PERSON, 1, 1)));
    assertEquals(List.of(span(EntityType.PERSON, 2, 2)), one("\" Thanks Mary I think so , \" he said .",
        span(EntityType.PERSON, 2, 2)), "the pronoun");
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0)), one("Acme V8 engines .", span(EntityType.ORGANIZATION, 0, 0)));
  }

  @Test void aNumberedNameKeepsItsNumberButATableRowDoesNot() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 2, 4)), one("He told BBC Radio 4 's Today programme .",
        span(EntityType.ORGANIZATION, 2, 3)));
    assertEquals(List.of(span(EntityType.LOCATION, 2, 3)), one("Trucks drove Interstate 95 south .",
        span(EntityType.ORGANIZATION, 2, 2)));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0)), one("Channel 4 3 1 0 .",
        span(EntityType.ORGANIZATION, 0, 0)));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0)), one("Chelsea 4 Arsenal 2 .",
        span(EntityType.ORGANIZATION, 0, 0)), "a score, not a numbered name");
  }

  @Test void aNameWhoseApostropheSEndsAPhraseKeepsItEverywhere() {
    List<List<TaggedSpan>> out = NameBoundaries.apply(
        List.of(words("Analysts said Fennick 's was the prize ."), words("Fennick 's deal closed .")),
        List.of(List.of(span(EntityType.ORGANIZATION, 2, 2)), List.of(span(EntityType.ORGANIZATION, 0, 0))), PLACES);
    assertEquals(List.of(span(EntityType.ORGANIZATION, 2, 3)), out.get(0));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 1)), out.get(1));
  }

  @Test void aPossessiveStaysOutsideTheName() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0), span(EntityType.PERSON, 3, 4)),
        one("Fennick 's chief executive Ann Lee quit .", span(EntityType.ORGANIZATION, 0, 0), span(EntityType.PERSON, 3, 4)));
    assertEquals(List.of(span(EntityType.PERSON, 0, 0)), one("Lee 's was the best time .", span(EntityType.PERSON, 0, 0)),
        "a person's 's is a possessive whatever follows");
  }

  @Test void aWordThatOnlyStartsTheSentenceIsNoPartOfTheName() {
    assertEquals(List.of(span(EntityType.LOCATION, 1, 1)), one("In Oxley , rain fell .", span(EntityType.ORGANIZATION, 0, 1)));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 2, 4)),
        one("Shares of Fennick Tool Co rose .", span(EntityType.ORGANIZATION, 0, 4)));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 1, 3)),
        one("August Retail Sales Board data fell .", span(EntityType.ORGANIZATION, 0, 3)));
    assertEquals(List.of(span(EntityType.PERSON, 0, 1)), one("May Fennick spoke .", span(EntityType.PERSON, 0, 1)),
        "a first name that is a month");
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 3)),
        one("Friends of the Earth protested .", span(EntityType.ORGANIZATION, 0, 3)));
  }

  @Test void aMonthBeforeANameThatIsNoPersonsIsNoPartOfIt() {
    List<String> w = List.of("a", "rise", "in", "the", "August", "Quillon", "Price", "Index", "and", "August", "Busch");
    assertEquals(new TaggedSpan(EntityType.ORGANIZATION, 5, 7),
        NameBoundaries.withoutMonth(w, new TaggedSpan(EntityType.ORGANIZATION, 4, 7)));
    assertEquals(new TaggedSpan(EntityType.PERSON, 9, 10),
        NameBoundaries.withoutMonth(w, new TaggedSpan(EntityType.PERSON, 9, 10)));
    List<String> store = List.of("May", "Department", "Stores", "said", "the", "October", "Revolution", "Day", "ended");
    assertEquals(new TaggedSpan(EntityType.ORGANIZATION, 0, 2),
        NameBoundaries.withoutMonth(store, new TaggedSpan(EntityType.ORGANIZATION, 0, 2)), "no date before it");
    assertEquals(new TaggedSpan(EntityType.MISC, 5, 7),
        NameBoundaries.withoutMonth(store, new TaggedSpan(EntityType.MISC, 5, 7)), "an event keeps its month");
  }

  @Test void aPersonsPostAfterABodysPossessiveIsNoPartOfItsName() {
    // the Free Harbour Army 's Director of Intelligence
    assertEquals(List.of(span(EntityType.ORGANIZATION, 1, 3)), one("the Free Harbour Army 's Director of Intelligence spoke .",
        span(EntityType.ORGANIZATION, 1, 7)));
    List<TaggedSpan> named = List.of(span(EntityType.ORGANIZATION, 0, 3));
    assertEquals(named, one("Moody 's Investors Service said .", named.toArray(TaggedSpan[]::new)), "no post after it");
    List<TaggedSpan> film = List.of(span(EntityType.MISC, 0, 3));
    assertEquals(film, one("The President 's Analyst opened .", film.toArray(TaggedSpan[]::new)), "a title, no body");
  }
}
