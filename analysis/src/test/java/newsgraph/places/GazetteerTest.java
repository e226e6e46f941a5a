package newsgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer G = Gazetteer.shared();

  private static Set<String> countriesOf(String name) {
    return Arrays.stream(G.lookup(name)).mapToObj(G::country).collect(Collectors.toSet());
  }

  @Test
  void holdsCountriesRegionsAndTowns() {
    assertTrue(G.size() > 150_000, "size " + G.size());
    int syria = G.countryEntry("SY");
    assertEquals("Syria", G.name(syria));
    assertTrue(G.isCountry(syria));
    assertTrue(Arrays.stream(G.lookup("Texas")).anyMatch(G::isRegion));
  }

  @Test
  void oneNameManyPlaces() {
    Set<String> damascus = countriesOf("Damascus");
    assertTrue(damascus.containsAll(Set.of("SY", "US")), damascus.toString());
  }

  @Test
  void alternateSpellingsFindTheSamePlace() {
    assertTrue(countriesOf("Kiev").contains("UA"));
    assertTrue(countriesOf("Kyiv").contains("UA"));
    assertTrue(countriesOf("Bombay").contains("IN"));
    assertTrue(countriesOf("Sao Paulo").contains("BR"));
  }

  @Test
  void demonymsAndShortFormsNameTheirCountry() {
    assertEquals(G.countryEntry("SY"), G.lookup("Syrian")[0]);
    assertTrue(Arrays.stream(G.lookup("U.S.")).anyMatch(id -> id == G.countryEntry("US")));
    assertTrue(Arrays.stream(G.lookup("Britain")).anyMatch(id -> id == G.countryEntry("GB")));
  }

  @Test
  void placesCarryTheContractFields() {
    int paris = new PlaceResolver(G).byPopulation("Paris");
    var place = G.place(paris);
    assertEquals("FR", place.country());
    assertEquals("P.PPLC", place.featureCode());
    assertEquals(48.85, place.lat(), 0.1);
    assertNotEquals(0, place.geonamesId());
    assertEquals("Île-de-France", place.admin1().replace("Ile", "Île"));
  }

  @Test
  void usCountiesAreInTheirState() {
    int[] laurel = G.lookup("Laurel County");
    int kentucky = Arrays.stream(laurel).filter(id -> G.admin1(id).equals("Kentucky")).findFirst().orElseThrow();
    assertEquals("A.ADM2", G.featureCode(kentucky));
    assertEquals(37.1, G.lat(kentucky), 0.5);
    assertEquals(-84.1, G.lon(kentucky), 0.5);
    assertTrue(Arrays.stream(G.lookup("Tangipahoa Parish"))
        .anyMatch(id -> G.featureCode(id).equals("A.ADM2") && G.admin1(id).equals("Louisiana")));
    assertEquals(0, G.geonamesId(kentucky), "a county is not from GeoNames");
  }

  @Test
  void seasRiversAndRegionsNewsNamesAreKnown() {
    int blackSea = G.lookup("Black Sea")[0];
    assertEquals("H.SEA", G.featureCode(blackSea));
    assertEquals(44, G.lat(blackSea), 1);
    assertEquals("L.RGN", G.featureCode(G.lookup("Middle East")[0]));
    assertTrue(Arrays.stream(G.lookup("Kaveri")).anyMatch(id -> G.featureCode(id).equals("H.STM")));
    int shropshire = G.lookup("Shropshire")[0];
    assertEquals("GB", G.country(shropshire));
    assertEquals("England", G.admin1(shropshire), "a reviewed place with a country gets its region");
  }

  @Test
  void regionsAreFoundWithoutStateAndWithShortCompassWords() {
    assertTrue(Arrays.stream(G.lookup("Zamfara")).anyMatch(id -> G.isRegion(id) && G.country(id).equals("NG")));
    assertTrue(Arrays.stream(G.lookup("South Darfur")).anyMatch(id -> G.isRegion(id) && G.country(id).equals("SD")));
    assertEquals(List.of("Zamfara"), GazetteerCompiler.regionVariants("Zamfara State"));
    assertEquals(List.of("North Kordofan"), GazetteerCompiler.regionVariants("Northern Kordofan"));
    assertEquals(List.of(), GazetteerCompiler.regionVariants("Texas"));
  }

  @Test
  void aReviewedCountryPointMovesTheCountry() {
    int us = G.countryEntry("US");
    assertEquals(39.83, G.lat(us), 0.01);
    assertEquals(-98.58, G.lon(us), 0.01);
    assertEquals(1, Arrays.stream(G.lookup("United States")).filter(G::isCountry).count(), "no second entry");
  }

  @Test
  void aReviewedRegionPointMovesTheRegionNamedByItsGeonamesId() {
    int[] regions = Arrays.stream(G.lookup("Ontario")).filter(id -> G.isRegion(id) && G.country(id).equals("CA")).toArray();
    assertEquals(1, regions.length, "moved, not added");
    assertEquals(49.25, G.lat(regions[0]), 0.01);
    assertEquals(-84.50, G.lon(regions[0]), 0.01);
  }

  @Test
  void pluralDemonymsNameTheirCountry() {
    assertTrue(Arrays.stream(G.lookup("Canadians")).anyMatch(id -> id == G.countryEntry("CA")));
    assertTrue(Arrays.stream(G.lookup("Pakistanis")).anyMatch(id -> id == G.countryEntry("PK")));
  }

  @Test
  void unknownNamesFindNothing() {
    assertEquals(0, G.lookup("Xqzzyville").length);
    assertEquals(0, G.lookup("...").length);
  }
}
