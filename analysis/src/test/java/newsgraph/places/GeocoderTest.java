package newsgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Place;
import newsgraph.document.Token;
import org.junit.jupiter.api.Test;

class GeocoderTest {
  private static final Geocoder GEOCODER = new Geocoder();

  /** The text geocoded with word tokens and one LOCATION entity per given name. */
  private static Document geocode(String text, String... names) {
    CodePointIndex index = CodePointIndex.of(text);
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}']+|[^\\s\\p{L}]").matcher(text);
    while (m.find()) tokens.add(new Token(index.span(m.start(), m.end()), m.group()));
    List<Entity> entities = new ArrayList<>();
    for (String name : names) {
      List<Mention> mentions = new ArrayList<>();
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        mentions.add(new Mention(index.span(at, at + name.length()), name));
      }
      entities.add(new Entity("e" + (entities.size() + 1), EntityType.LOCATION, name, List.of(),
          List.of(), mentions, null));
    }
    return GEOCODER.apply(Document.of(Article.builder("t", text).build())
        .withSentences(List.of(), tokens).withEntities(entities));
  }

  private static Place place(Document d, String name) {
    return d.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().place();
  }

  @Test
  void everyKnownPlaceIsOnTheMap() {
    Document d = geocode("Shelling hit Homs and Damascus, Syria's capital, on Monday.", "Homs", "Damascus", "Syria");
    assertEquals("SY", place(d, "Damascus").country());
    assertEquals("SY", place(d, "Homs").country());
    assertEquals("A.PCLI", place(d, "Syria").featureCode());
  }

  @Test
  void aTownFollowedByItsStateIsInThatState() {
    Document d = geocode("The fair in Paris, Texas drew crowds.", "Paris", "Texas");
    assertEquals("US", place(d, "Paris").country());
    assertEquals("Texas", place(d, "Paris").admin1());
  }

  @Test
  void aPlaceThatOnlySpeaksStandsForItsGovernment() {
    Document d = geocode("Moscow said the talks had failed. Moscow also insisted on a new date.", "Moscow");
    assertEquals("RU", place(d, "Moscow").country());
    assertEquals("government", place(d, "Moscow").standsFor());
  }

  @Test
  void aPlaceWhereThingsHappenDoesNot() {
    Document d = geocode("Moscow said the talks had failed. Protesters gathered in Moscow.", "Moscow");
    assertNull(place(d, "Moscow").standsFor());
  }

  @Test
  void aNameBeforeAirBaseIsTheAirBase() {
    Document d = geocode("Jets took off from the Ramstein air base in Germany.", "Ramstein", "Germany");
    assertEquals("S.AIRB", place(d, "Ramstein").featureCode());
    assertEquals("DE", place(d, "Ramstein").country());
  }

  @Test
  void anUnknownStreetIsPlacedAtTheArticlesTown() {
    Document d = geocode("Parking in Castle Street in Ludlow will cost more. Ludlow traders object.",
        "Castle Street", "Ludlow");
    Place street = place(d, "Castle Street");
    assertEquals("R.ST", street.featureCode());
    assertEquals("Castle Street", street.name());
    assertEquals(place(d, "Ludlow").lat(), street.lat());
    assertEquals(place(d, "Ludlow").country(), street.country());
    assertNull(place(geocode("Castle Street was closed.", "Castle Street"), "Castle Street"),
        "no town in the article, no place");
  }

  @Test
  void anUnknownNameBeforeAFeatureNounIsPlacedAtItsTown() {
    Document d = geocode("Plans for Ludlow were approved. Charges in the Castle Street and Galdeford car parks "
        + "will rise, traders in Shrewsbury said. Shrewsbury shops are quieter.",
        "Ludlow", "Castle Street", "Galdeford", "Shrewsbury");
    Place carPark = place(d, "Galdeford");
    assertEquals("S.PKLT", carPark.featureCode());
    assertEquals(0, carPark.geonamesId());
    assertEquals(place(d, "Ludlow").lat(), carPark.lat(), "the town named before it, not the one named most");
    assertEquals(place(d, "Ludlow").lat(), place(d, "Castle Street").lat());
    assertEquals("GB", carPark.country());
  }

  @Test
  void anUnknownNameWithNoFeatureNounStaysUnplaced() {
    Document d = geocode("Traders in Ludlow object. Galdeford residents complained about parking.",
        "Ludlow", "Galdeford");
    assertNull(place(d, "Galdeford"));
    assertNull(place(geocode("The Galdeford car park was full.", "Galdeford"), "Galdeford"),
        "no town in the article, no place");
  }

  @Test
  void anUnknownNameKeepsNoPlace() {
    assertNull(place(geocode("They met in Xqzzyville.", "Xqzzyville"), "Xqzzyville"));
  }
}
