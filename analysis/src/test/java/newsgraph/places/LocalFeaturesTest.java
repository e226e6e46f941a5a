package newsgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LocalFeaturesTest {
  @Test
  void aNameEndingInAFeatureNounIsThatFeature() {
    assertEquals("R.ST", LocalFeatures.ofName("Castle Street"));
    assertEquals("S.PKLT", LocalFeatures.ofName("Galdeford Car Park"));
    assertEquals("S.BDG", LocalFeatures.ofName("Teme Bridge"));
    assertNull(LocalFeatures.ofName("Street"), "one word alone is no feature");
    assertNull(LocalFeatures.ofName("Ludlow"));
  }

  @Test
  void aFeatureNounAfterTheNameSaysWhatItIs() {
    assertEquals("S.PKLT", LocalFeatures.after(" car park was full.", 0));
    assertEquals("S.RSTN", LocalFeatures.after(" station reopened", 0));
    assertEquals("R.RDJCT", LocalFeatures.after(" roundabout", 0));
    assertEquals("S.INDS", LocalFeatures.after(" industrial estate", 0));
    assertEquals("P.PPLX", LocalFeatures.after(" estates", 0));
  }

  @Test
  void oneNounServesCoordinatedNames() {
    assertEquals("S.PKLT", LocalFeatures.after(" and Smithfield car parks on Mondays", 0));
    assertEquals("S.BDG", LocalFeatures.after(", Dinham and Ludford bridges", 0));
  }

  @Test
  void otherWordsAfterTheNameSayNothing() {
    assertNull(LocalFeatures.after(" residents complained", 0));
    assertNull(LocalFeatures.after(", station staff said", 0), "a comma with no other name after it");
    assertNull(LocalFeatures.after(" and more bridges", 0));
    assertNull(LocalFeatures.after(" Station Road", 0), "a capitalised word is another name");
    assertNull(LocalFeatures.after(". Market day", 0));
  }
}
