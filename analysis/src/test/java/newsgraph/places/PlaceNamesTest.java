package newsgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  @Test
  void caseAccentsAndPunctuationDoNotMatter() {
    assertEquals(PlaceNames.key("Côte d'Ivoire"), PlaceNames.key("COTE D IVOIRE".replace("D I", "D'I")));
    assertEquals("sao paulo", PlaceNames.key("São Paulo"));
    assertEquals("lodz", PlaceNames.key("Łódź".replace("Ł", "L")));
    assertEquals("marib", PlaceNames.key("Ma’rib"));
  }

  @Test
  void saintAndStAreOneWord() {
    assertEquals(PlaceNames.key("Saint Louis"), PlaceNames.key("St. Louis"));
    assertEquals(PlaceNames.key("Mount Vernon"), PlaceNames.key("Mt. Vernon"));
    assertEquals("saintes", PlaceNames.key("Saintes"));
  }

  @Test
  void onlyLatinSpellingsAreKept() {
    assertTrue(PlaceNames.isLatin("Ağrı"));
    assertFalse(PlaceNames.isLatin("Москва"));
    assertFalse(GazetteerCompiler.usableAlternate("NYC"));
    assertTrue(GazetteerCompiler.usableAlternate("Big Apple"));
  }

  @Test
  void theFeatureWordIsTheNextWordAndAirBaseIsOne() {
    assertEquals("province", PlaceNames.featureWordAt("Hama province, where", 4));
    assertEquals("airbase", PlaceNames.featureWordAt("Hmeimim air base in", 7));
    assertEquals("airbase", PlaceNames.featureWordAt("Vance Air Force Base", 5));
    assertEquals("air", PlaceNames.featureWordAt("Syria air strikes", 5));
    assertEquals("", PlaceNames.featureWordAt("Syria's", 5));
    assertEquals("", PlaceNames.featureWordAt("Syria", 5));
  }
}
