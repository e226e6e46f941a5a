package newsgraph.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns "this line became that line" into small edits, so that each repair names only the
 * characters that changed. Mojibake repair keeps every ASCII character and rewrites the runs of
 * non-ASCII ones between them, so the usual case pairs those runs one to one; anything else (a
 * space that was part of a UTF-8 sequence, say) falls back to a longest-common-subsequence
 * alignment on code points.
 */
final class TextAlignment {

  // Beyond this many cells the alignment is not worth its memory: one edit covers the lot.
  private static final long MAX_CELLS = 4_000_000L;

  private TextAlignment() {}

  /** Appends edits turning {@code before} into {@code after}; offsets are shifted by {@code offset}. */
  static void addEdits(String before, String after, int offset, List<Edit> edits) {
    if (!pairRuns(before, after, offset, edits)) align(before, after, offset, edits);
  }

  private static boolean pairRuns(String before, String after, int offset, List<Edit> edits) {
    List<int[]> a = runs(before);
    List<int[]> b = runs(after);
    if (a.size() != b.size()) return false;
    for (int k = 0; k < a.size(); k++) {
      int[] x = a.get(k);
      int[] y = b.get(k);
      if (x[2] != y[2]) return false;
      if (x[2] == 1 && !before.regionMatches(x[0], after, y[0], x[1] - x[0])) return false;
      if (x[2] == 1 && x[1] - x[0] != y[1] - y[0]) return false;
    }
    List<Edit> found = new ArrayList<>();
    for (int k = 0; k < a.size(); k++) {
      int[] x = a.get(k);
      int[] y = b.get(k);
      if (x[2] == 0) addTrimmed(before, x[0], x[1], after, y[0], y[1], offset, found);
    }
    edits.addAll(found);
    return true;
  }

  /** Runs of ASCII ({@code [start, end, 1]}) and non-ASCII ({@code [start, end, 0]}) chars. */
  private static List<int[]> runs(String s) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      boolean ascii = s.charAt(i) < 0x80;
      int j = i + 1;
      while (j < s.length() && (s.charAt(j) < 0x80) == ascii) j++;
      runs.add(new int[] {i, j, ascii ? 1 : 0});
      i = j;
    }
    return runs;
  }

  /**
   * Adds one edit for before[bs, be) -> after[as, ae), less the code points both share at the
   * ends ("’Ã©" -> "’é" names only "Ã©"). Trimming that would leave one side empty is not done:
   * in "â€�" -> "�" the "�" is what the garble decoded to, not a character that stayed.
   */
  private static void addTrimmed(String before, int bs, int be, String after, int as, int ae,
      int offset, List<Edit> edits) {
    int tbs = bs, tbe = be, tas = as, tae = ae;
    while (tbs < tbe && tas < tae && before.codePointAt(tbs) == after.codePointAt(tas)) {
      int n = Character.charCount(before.codePointAt(tbs));
      tbs += n;
      tas += n;
    }
    while (tbe > tbs && tae > tas && before.codePointBefore(tbe) == after.codePointBefore(tae)) {
      int n = Character.charCount(before.codePointBefore(tbe));
      tbe -= n;
      tae -= n;
    }
    if (tbe == tbs && tae == tas) return;
    if (tbe > tbs && tae > tas) {
      bs = tbs;
      be = tbe;
      as = tas;
      ae = tae;
    }
    if (be == bs) {
      // A pure insertion has no characters to name; take in a neighbour so the edit has some.
      if (bs > 0) {
        int n = Character.charCount(before.codePointBefore(bs));
        bs -= n;
        as -= n;
      } else {
        int n = Character.charCount(before.codePointAt(be));
        be += n;
        ae += n;
      }
    }
    edits.add(new Edit(offset + bs, offset + be, after.substring(as, ae)));
  }

  private static void align(String before, String after, int offset, List<Edit> edits) {
    int[] a = before.codePoints().toArray();
    int[] b = after.codePoints().toArray();
    if ((long) (a.length + 1) * (b.length + 1) > MAX_CELLS) {
      addTrimmed(before, 0, before.length(), after, 0, after.length(), offset, edits);
      return;
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    // Walk the alignment; a changed group ends at an unchanged ASCII character (non-ASCII ones
    // that happen to agree stay inside the group: they are part of the same garble).
    int i = 0, j = 0, bi = 0, bj = 0; // bi, bj: UTF-16 positions of a[i], b[j]
    int groupI = -1, groupJ = -1, groupBi = 0, groupBj = 0;
    int lastChangedBi = 0, lastChangedBj = 0;
    while (i < a.length || j < b.length) {
      boolean equal = i < a.length && j < b.length && a[i] == b[j] && lcs[i][j] == lcs[i + 1][j + 1] + 1;
      if (equal) {
        if (groupI >= 0 && a[i] < 0x80) {
          addTrimmed(before, groupBi, lastChangedBi, after, groupBj, lastChangedBj, offset, edits);
          groupI = -1;
        }
        bi += Character.charCount(a[i++]);
        bj += Character.charCount(b[j++]);
        continue;
      }
      if (groupI < 0) {
        groupI = i;
        groupJ = j;
        groupBi = bi;
        groupBj = bj;
      }
      if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
        bi += Character.charCount(a[i++]);
      } else {
        bj += Character.charCount(b[j++]);
      }
      lastChangedBi = bi;
      lastChangedBj = bj;
    }
    if (groupI >= 0) addTrimmed(before, groupBi, lastChangedBi, after, groupBj, lastChangedBj, offset, edits);
  }
}
