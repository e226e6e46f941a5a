package newsgraph.entities;

import static newsgraph.entities.TaggedText.span;
import static newsgraph.entities.TaggedText.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;
import org.junit.jupiter.api.Test;

class NameConsistencyTest {
  @Test void aLoneSurnameTheTaggerMissedIsThePersonNamedInFull() {
    List<List<String>> units = List.of(words("Coach Billie Jean King named her team ."),
        words("\" We will wait , \" said King ."), words("King Hussein arrived ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.PERSON, 1, 3)), List.of(), List.of(span(EntityType.PERSON, 0, 1))));
    assertEquals(List.of(span(EntityType.PERSON, 7, 7)), out.get(1));
    assertEquals(List.of(span(EntityType.PERSON, 0, 1)), out.get(2), "part of another name stays as tagged");
  }

  @Test void aHeadlineInCapitalsTakesTheBodysNames() {
    List<List<String>> units = List.of(words("SOCCER - BARATELLI TO COACH NICE ."),
        words("Baratelli , who played for Nice , takes over ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(), List.of(span(EntityType.PERSON, 0, 0), span(EntityType.ORGANIZATION, 5, 5))));
    assertEquals(List.of(span(EntityType.PERSON, 2, 2), span(EntityType.ORGANIZATION, 5, 5)), out.get(0));
  }

  @Test void aPlaceLineNamesPlaces() {
    List<List<TaggedSpan>> out = NameConsistency.apply(List.of(words("GRONINGEN , Netherlands 1996-08-30")),
        List.of(List.of(span(EntityType.ORGANIZATION, 0, 0), span(EntityType.LOCATION, 2, 2))));
    assertEquals(List.of(span(EntityType.LOCATION, 0, 0), span(EntityType.LOCATION, 2, 2)), out.get(0));
    assertNull(NameConsistency.placeLine(words("Shares rose 1996-08-30")));
    assertNull(NameConsistency.placeLine(words("GRONINGEN , the Netherlands 1996-08-30")));
  }

  @Test void aBasedWordIsANameOfItsOwn() {
    List<List<TaggedSpan>> out = NameConsistency.apply(
        List.of(words("said Erin Purcell of Boston-based Reagan Communications .")),
        List.of(List.of(span(EntityType.PERSON, 1, 2), span(EntityType.ORGANIZATION, 4, 6))));
    assertEquals(List.of(span(EntityType.PERSON, 1, 2), span(EntityType.MISC, 4, 4),
        span(EntityType.ORGANIZATION, 5, 6)), out.get(0));
    out = NameConsistency.apply(List.of(words("the California-based Wells Fargo said")),
        List.of(List.of(span(EntityType.MISC, 1, 3))));
    assertEquals(List.of(span(EntityType.MISC, 1, 1), span(EntityType.ORGANIZATION, 2, 3)), out.get(0));
  }

  @Test void aSurnameTheTaggerAlsoCallsSomethingElseStaysUntagged() {
    List<List<String>> units = List.of(words("Father Christmas came early ."),
        words("Shops opened on Christmas Day ."), words("It was Christmas again ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.PERSON, 0, 1)), List.of(span(EntityType.MISC, 3, 3)), List.of()));
    assertEquals(List.of(), out.get(2));
  }

  @Test void aHolidayOrAWeekdayAloneIsNoPerson() {
    List<List<String>> units = List.of(words("He plays Father Christmas ."),
        words("Christmas is a special time , Hanks said ."), words("We will see Christmas lights ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.PERSON, 2, 3)),
        List.of(span(EntityType.PERSON, 0, 0), span(EntityType.PERSON, 6, 6)), List.of()));
    assertEquals(List.of(span(EntityType.PERSON, 2, 3)), out.get(0), "a name that holds one stays");
    assertEquals(List.of(span(EntityType.PERSON, 6, 6)), out.get(1));
    assertEquals(List.of(), out.get(2), "no surname of Father Christmas");
  }

  @Test void twoNamesJoinedByAndAreTwoWhenTheDocumentNamesOneAlone() {
    List<List<String>> units = List.of(words("Mercantile and Commerce did not comment ."),
        words("Analysts like Mercantile ."), words("The Organisation for Security and Cooperation in Europe met ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 0, 2)), List.of(span(EntityType.ORGANIZATION, 2, 2)),
        List.of(span(EntityType.ORGANIZATION, 1, 6))));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0), span(EntityType.ORGANIZATION, 2, 2)), out.get(0));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 1, 6)), out.get(2));
  }

  @Test void aFirmAndCoAndAPortfolioAfterOfStayOneName() {
    List<List<String>> units = List.of(words("Arthur Yates and Co ltd sells seeds ."),
        words("Arthur Yates rose ."), words("He met the Minister of Defence and Aviation ."),
        words("Defence officials agreed ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 0, 3)), List.of(span(EntityType.ORGANIZATION, 0, 1)),
        List.of(span(EntityType.ORGANIZATION, 5, 7)), List.of(span(EntityType.ORGANIZATION, 0, 0))));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 3)), out.get(0));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 5, 7)), out.get(2));
  }

  @Test void theFirstWordOfACompanysNameAloneIsTheCompany() {
    List<List<String>> units = List.of(words("Jones Medical Industries Inc bought it ."),
        words("Jones rose 1/8 ."), words("Dell Inc and Michael Dell agreed ; Dell said so ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 0, 3)), List.of(span(EntityType.PERSON, 0, 0)),
        List.of(span(EntityType.ORGANIZATION, 0, 1), span(EntityType.PERSON, 3, 4), span(EntityType.PERSON, 6, 6))));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0)), out.get(1));
    assertEquals(span(EntityType.PERSON, 6, 6), out.get(2).get(2), "a person of that name keeps it");
  }

  @Test void aNameEndingInACompanyWordIsACompanyAndSoIsItsStem() {
    List<List<String>> units = List.of(words("NOTE - Apic Yamada Corp makes leadframes ."),
        words("Apic Yamada - 6mth forecast ."), words("Analyst Ken Apic said so ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.PERSON, 2, 4)), List.of(span(EntityType.PERSON, 0, 1)),
        List.of(span(EntityType.PERSON, 1, 2))));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 2, 4)), out.get(0));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 1)), out.get(1));
    assertEquals(List.of(span(EntityType.PERSON, 1, 2)), out.get(2), "another name that shares a word stays");
  }

  @Test void aPlaceBasedWordAloneIsAName() {
    List<List<TaggedSpan>> out = NameConsistency.apply(List.of(words("London-based diplomats and home-based staff said")),
        List.of(List.of()));
    assertEquals(List.of(span(EntityType.MISC, 0, 0)), out.get(0));
  }

  @Test void aHeadlineSpanTheBodyNamesOnlyAsAPersonIsThatPerson() {
    List<List<String>> units = List.of(words("GOLF - WOODS MAKES PRO DEBUT ."),
        words("Tiger Woods shot 67 ."), words("Woods said he was happy ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 2, 2)), List.of(span(EntityType.PERSON, 0, 1)),
        List.of(span(EntityType.PERSON, 0, 0))));
    assertEquals(List.of(span(EntityType.PERSON, 2, 2)), out.get(0));
  }

  @Test void aHeadlinesPersonThatTheBodyNamesOnlyAsAClubIsTheClub() {
    List<List<String>> units = List.of(words("CRICKET - ESSEX AND KENT MADE TO SWEAT ."),
        words("Kent lost to Essex ."), words("Kent need a win ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 2, 2), span(EntityType.PERSON, 4, 4)),
        List.of(span(EntityType.ORGANIZATION, 0, 0), span(EntityType.ORGANIZATION, 3, 3)),
        List.of(span(EntityType.ORGANIZATION, 0, 0))));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 2, 2), span(EntityType.ORGANIZATION, 4, 4)), out.get(0));
  }

  @Test void aHeadlinesPlaceKeepsItsTypeWhateverTheBodyCallsIt() {
    List<List<String>> units = List.of(words("BASEBALL - STORM HITS DETROIT ."),
        words("Detroit beat Boston 3-2 ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.LOCATION, 4, 4)),
        List.of(span(EntityType.ORGANIZATION, 0, 0), span(EntityType.ORGANIZATION, 2, 2))));
    assertEquals(List.of(span(EntityType.LOCATION, 4, 4)), out.get(0));
  }

  @Test void aCompanysFirstWordThatIsAlsoAPlaceStaysAPlace() {
    List<List<String>> units = List.of(words("China Construction Bank Corp listed ."),
        words("Growth in China slowed ."), words("China said so ."));
    // The lone head is a place whatever the company is called.
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 0, 3)), List.of(span(EntityType.LOCATION, 2, 2)),
        List.of(span(EntityType.LOCATION, 0, 0))));
    assertEquals(List.of(span(EntityType.LOCATION, 0, 0)), out.get(2));
  }

  @Test void aNameTheTaggerMissedWhereItIsWrittenTheSameWayIsThatName() {
    List<List<String>> units = List.of(words("Comelf , based in Bistrita , makes pumps ."),
        words("In the first half Comelf exported more ."), words("Shares of Comelf Holdings rose ."),
        words("The comelf factory closed ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 0, 0), span(EntityType.LOCATION, 4, 4)),
        List.of(), List.of(), List.of()));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 4, 4)), out.get(1));
    assertEquals(List.of(), out.get(2), "part of another capitalised name");
    assertEquals(List.of(), out.get(3), "written otherwise");
  }

  @Test void aSentencesFirstWordThatTheArticleAlsoWritesInLowerCaseIsNoRepeatedName() {
    List<List<String>> units = List.of(words("Flights to Mobile , Alabama , resumed ."),
        words("Mobile phone sales rose , and mobile data too ."));
    List<List<TaggedSpan>> out = NameConsistency.apply(units, List.of(
        List.of(span(EntityType.LOCATION, 2, 2), span(EntityType.LOCATION, 4, 4)), List.of()));
    assertEquals(List.of(), out.get(1));
  }
}
