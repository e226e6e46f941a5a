package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CopyDetectorTest {
  private static final String A = "Russia and Turkey agreed on Tuesday to resume talks on a shipping corridor for "
      + "grain exports from Black Sea ports, officials said after a meeting in Moscow. The two sides will "
      + "meet again next month in Istanbul to settle insurance for the ships.";
  private static final String B = "Floods closed roads across Assam on Tuesday, and officials said rain would "
      + "continue for two more days across the state, where thousands have left their homes for camps.";

  @Test
  void copiesPointToTheEarliestAndOthersToNothing() {
    CopyDetector d = new CopyDetector(4);
    d.add(MinHash.signature("Site 9 | News\n" + A + "\nShare this."), 12); // a later copy, added first
    d.add(MinHash.signature(B), 10);
    d.add(MinHash.signature(A), 11);                                        // the original
    d.add(MinHash.signature(A.replace("Tuesday", "Monday")), 13);
    assertArrayEquals(new int[] {2, -1, -1, 2}, d.copyOf(0.5));
  }
}
