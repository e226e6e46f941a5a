package newsgraph.paraphrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SynonymOverlapTest {
  private static double[] features(Set<String> a, Set<String> b) {
    double[] f = new double[SynonymOverlap.COUNT];
    SynonymOverlap.fill(new SynonymOverlap.Side(a), new SynonymOverlap.Side(b), f, 0);
    return f;
  }

  @Test void countsASynonymAsShared() {
    double[] f = features(Set.of("chairman", "bought", "factory"), Set.of("chairman", "purchased", "mill"));
    assertEquals(1.0, f[0], 1e-9, "every word has a match on the other side");
    assertEquals(0.0, f[4], 1e-9, "no unmatched words");
  }

  @Test void countsAnUnrelatedWordAsNew() {
    double[] f = features(Set.of("company", "bought", "factory"), Set.of("company", "bought", "banana"));
    assertEquals(2 / 3.0, f[0], 1e-9);
    assertEquals(Math.log1p(1), f[4], 1e-9, "one word each side unmatched");
  }

  @Test void givesNearKindsPartialCredit() {
    double[] near = features(Set.of("rifle"), Set.of("pistol"));
    double[] far = features(Set.of("rifle"), Set.of("senate"));
    assertTrue(near[7] > far[7], near[7] + " vs " + far[7]);
    assertTrue(near[7] < 1);
  }
}
