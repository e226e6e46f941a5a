package newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Span;
import newsgraph.document.Token;
import org.junit.jupiter.api.Test;

class InstitutionRetyperTest {
  /** A document with whitespace tokens and one LOCATION entity for each given name. */
  private static Document withPlaces(String text, String... names) {
    CodePointIndex index = CodePointIndex.of(text);
    List<Token> tokens = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}']+|[^\\s\\p{L}]").matcher(text);
    while (m.find()) tokens.add(new Token(index.span(m.start(), m.end()), m.group()));
    List<Entity> entities = new java.util.ArrayList<>();
    for (String name : names) {
      List<Mention> mentions = new java.util.ArrayList<>();
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        mentions.add(new Mention(index.span(at, at + name.length()), name));
      }
      entities.add(new Entity("e" + (entities.size() + 1), EntityType.LOCATION, name, List.of(),
          List.of(), mentions, null));
    }
    return Document.of(Article.builder("t", text).build()).withSentences(List.of(), tokens)
        .withEntities(entities);
  }

  private static EntityType typeOf(Document d, String name) {
    return new InstitutionRetyper().apply(d).entities().stream()
        .filter(e -> e.name().equals(name)).findFirst().orElseThrow().type();
  }

  @Test void aSeatOfGovernmentIsAnOrganisation() {
    assertEquals(EntityType.ORGANIZATION, typeOf(withPlaces("The Kremlin gave no date.", "Kremlin"), "Kremlin"));
    assertEquals(EntityType.ORGANIZATION,
        typeOf(withPlaces("A spokesman for Downing Street was asked.", "Downing Street"), "Downing Street"));
  }

  @Test void anUnknownPlaceThatSpeaksAndThatNoOneIsInIsABody() {
    assertEquals(EntityType.ORGANIZATION, typeOf(withPlaces(
        "Zorvexa says it will allow the matches. Chelsea complained to Zorvexa.", "Zorvexa"), "Zorvexa"));
    assertEquals(EntityType.LOCATION, typeOf(withPlaces(
        "Zorvexa says it will allow the matches. Fans gathered in Zorvexa.", "Zorvexa"), "Zorvexa"));
    assertEquals(EntityType.LOCATION, typeOf(withPlaces("Ankara says it will act.", "Ankara"), "Ankara"));
  }

  @Test void aSeatThatTheArticleOnlyEntersOrLeavesStaysAPlace() {
    assertEquals(EntityType.LOCATION,
        typeOf(withPlaces("Yeltsin returned to the Kremlin on Thursday after a break.", "Kremlin"), "Kremlin"));
    assertEquals(EntityType.LOCATION, typeOf(withPlaces(
        "Reagan won a second term in the White House. Bush was at the White House too.", "White House"), "White House"));
  }

  @Test void aSeatThatActsOnceIsAnOrganisationThroughout() {
    assertEquals(EntityType.ORGANIZATION, typeOf(withPlaces(
        "Reagan won a second term in the White House. The White House said nothing.", "White House"), "White House"));
  }

  @Test void aKnownPlaceOrAPlaceSomeoneIsOfIsNoSpeakingBuilding() {
    assertEquals(EntityType.LOCATION,
        typeOf(withPlaces("Buenos Aires said it would appeal.", "Buenos Aires"), "Buenos Aires"));
    assertEquals(EntityType.LOCATION, typeOf(withPlaces(
        "The Archbishop of Government House said he would run.", "Government House"), "Government House"));
  }

  @Test void aBuildingThatOnlySpeaksIsAnOrganisation() {
    assertEquals(EntityType.ORGANIZATION,
        typeOf(withPlaces("Government House insisted on a deal.", "Government House"), "Government House"));
    assertEquals(EntityType.ORGANIZATION,
        typeOf(withPlaces("Government House also said no.", "Government House"), "Government House"));
  }

  @Test void aCountryOrCityThatSpeaksStaysAPlace() {
    assertEquals(EntityType.LOCATION, typeOf(withPlaces("Ankara insisted on a deal.", "Ankara"), "Ankara"));
    assertEquals(EntityType.LOCATION, typeOf(withPlaces("South Korea said no.", "South Korea"), "South Korea"));
  }

  @Test void anAbbreviatedCountryThatSpeaksStaysAPlace() {
    assertEquals(EntityType.LOCATION, typeOf(withPlaces("N. Korea urges talks.", "N. Korea"), "N. Korea"));
  }

  @Test void aPlaceNamedAsAPlaceElsewhereStaysAPlace() {
    assertEquals(EntityType.LOCATION,
        typeOf(withPlaces("Washington insisted. Talks were held in Washington.", "Washington"), "Washington"));
  }

  @Test void anOrdinaryPlaceStaysAPlace() {
    assertEquals(EntityType.LOCATION, typeOf(withPlaces("Rain fell on Paris today.", "Paris"), "Paris"));
  }

  @Test void leavesSpansAlone() {
    Document d = withPlaces("The White House said no.", "White House");
    Entity e = new InstitutionRetyper().apply(d).entities().get(0);
    assertEquals(new Span(4, 15), e.mentions().get(0).span());
  }
}
