package newsgraph.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A small, fast matcher for the one kind of expression ftfy's badness heuristic is written in:
 * alternatives of short fixed sequences of character classes. {@link java.util.regex.Pattern}
 * tests a class of scattered characters by walking a chain of a hundred predicates, which made
 * the heuristic cost microseconds per character on Cyrillic or Greek text; here a class is a
 * bit table (with sorted ranges for the few characters above U+2600), and each position only
 * tries the alternatives its character can start.
 *
 * <p>Syntax: alternatives separated by {@code |}; an alternative may begin with {@code ^} (start
 * of text) and is a sequence of atoms, each optionally followed by {@code ?}: a class
 * {@code [...]} or {@code [^...]} of characters and ranges, {@code \s} (Unicode white space),
 * {@code \w} (letter, digit or underscore), {@code .} (anything but a newline) or a literal
 * character. Characters may be written as {@code \}{@code uHHHH}, {@code \xHH} or
 * {@code \}-escaped. Atoms match whole code points, as in Python.
 */
final class SequencePattern {

  /** Below this, membership is one bit test: Latin, Greek, Cyrillic, punctuation, box drawing. */
  private static final int TABLE_LIMIT = 0x2600;

  /** One position of an alternative: a set of code points. */
  /**
   * \s and \w over the BMP as bit tables: {@code Character.isSpaceChar} and
   * {@code isLetterOrDigit} look up the character's type, which made up a third of the repair
   * time on Cyrillic, Arabic or CJK text, where every character reaches these classes.
   */
  private static final long[] BMP_SPACE = bmpTable(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  private static final long[] BMP_WORD = bmpTable(cp -> Character.isLetterOrDigit(cp) || cp == '_');

  private static long[] bmpTable(java.util.function.IntPredicate in) {
    long[] table = new long[0x10000 / 64];
    for (int cp = 0; cp <= 0xffff; cp++) if (in.test(cp)) table[cp >> 6] |= 1L << cp;
    return table;
  }

  private static boolean isSpace(int cp) {
    if (cp <= 0xffff) return (BMP_SPACE[cp >> 6] & (1L << cp)) != 0;
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isWord(int cp) {
    if (cp <= 0xffff) return (BMP_WORD[cp >> 6] & (1L << cp)) != 0;
    return Character.isLetterOrDigit(cp) || cp == '_';
  }

  private static final class Atom {
    private final long[] table = new long[TABLE_LIMIT / 64];
    private int[] ranges = new int[0]; // sorted, non-overlapping [lo, hi] pairs
    private boolean negated;
    private boolean whitespace;
    private boolean word;
    private boolean anyButNewline;
    boolean optional;

    boolean matches(int cp) {
      return negated != contains(cp);
    }

    private boolean contains(int cp) {
      if (anyButNewline) return cp != '\n';
      if (whitespace && isSpace(cp)) return true;
      if (word && isWord(cp)) return true;
      if (cp < TABLE_LIMIT) return (table[cp >> 6] & (1L << cp)) != 0;
      int lo = 0, hi = ranges.length / 2 - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (cp < ranges[2 * mid]) hi = mid - 1;
        else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
        else return true;
      }
      return false;
    }

    boolean bmpOnly() {
      return ranges.length == 0 || ranges[ranges.length - 1] <= 0xffff;
    }

    boolean matchesAscii() {
      for (int c = 0; c < 128; c++) {
        if (matches(c)) return true;
      }
      return false;
    }

    void add(int from, int to) {
      for (int c = from; c <= Math.min(to, TABLE_LIMIT - 1); c++) table[c >> 6] |= 1L << c;
      if (to < TABLE_LIMIT) return;
      int[] grown = Arrays.copyOf(ranges, ranges.length + 2);
      grown[ranges.length] = Math.max(from, TABLE_LIMIT);
      grown[ranges.length + 1] = to;
      ranges = grown;
    }

    /** Sorts and merges the ranges once the atom is complete. */
    void seal() {
      int n = ranges.length / 2;
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) order[i] = i;
      Arrays.sort(order, (a, b) -> Integer.compare(ranges[2 * a], ranges[2 * b]));
      int[] merged = new int[ranges.length];
      int m = 0;
      for (int i : order) {
        int lo = ranges[2 * i], hi = ranges[2 * i + 1];
        if (m > 0 && lo <= merged[2 * m - 1] + 1) {
          merged[2 * m - 1] = Math.max(merged[2 * m - 1], hi);
        } else {
          merged[2 * m] = lo;
          merged[2 * m + 1] = hi;
          m++;
        }
      }
      ranges = Arrays.copyOf(merged, 2 * m);
    }
  }

  private record Alternative(boolean anchored, Atom[] atoms) {}

  private final Alternative[] alternatives;
  /** For each BMP char, the index into {@link #startGroups} of the alternatives it can start. */
  private final short[] startGroupOf = new short[0x10000];
  private final int[][] startGroups;
  /** Alternatives whose first atom can't be indexed by char: negated, ".", "\\w", optional. */
  private final int[] openAlternatives;

  /**
   * The most atoms an alternative has before one that matches only non-ASCII characters; -1
   * when some alternative can match pure ASCII. A match therefore starts at most this many
   * characters before a non-ASCII one, which lets callers skip ASCII text.
   */
  private final int asciiLead;

  private SequencePattern(List<Alternative> alternatives) {
    this.alternatives = alternatives.toArray(new Alternative[0]);
    int lead = 0;
    for (Alternative a : this.alternatives) {
      int i = 0;
      while (i < a.atoms.length && a.atoms[i].matchesAscii()) i++;
      lead = i == a.atoms.length || lead < 0 ? -1 : Math.max(lead, i);
    }
    this.asciiLead = lead;
    List<Integer> open = new ArrayList<>();
    List<Integer> indexed = new ArrayList<>();
    for (int a = 0; a < this.alternatives.length; a++) {
      Atom first = this.alternatives[a].atoms[0];
      boolean openFirst = first.optional || first.negated || first.anyButNewline || first.word
          || !first.bmpOnly();
      (openFirst ? open : indexed).add(a);
    }
    this.openAlternatives = open.stream().mapToInt(Integer::intValue).toArray();
    // Chars that start the same alternatives share one group; group 0 starts none.
    Map<List<Integer>, Short> groupIds = new HashMap<>();
    List<int[]> groups = new ArrayList<>();
    groups.add(new int[0]);
    groupIds.put(List.of(), (short) 0);
    for (int c = 0; c < 0x10000; c++) {
      List<Integer> starts = new ArrayList<>();
      for (int a : indexed) {
        if (this.alternatives[a].atoms[0].matches(c)) starts.add(a);
      }
      Short id = groupIds.get(starts);
      if (id == null) {
        id = (short) groups.size();
        groupIds.put(starts, id);
        groups.add(starts.stream().mapToInt(Integer::intValue).toArray());
      }
      startGroupOf[c] = id;
    }
    this.startGroups = groups.toArray(new int[0][]);
  }

  static SequencePattern compile(String pattern) {
    List<Alternative> alternatives = new ArrayList<>();
    int[] pos = {0};
    while (true) {
      boolean anchored = false;
      if (pos[0] < pattern.length() && pattern.charAt(pos[0]) == '^') {
        anchored = true;
        pos[0]++;
      }
      List<Atom> atoms = new ArrayList<>();
      while (pos[0] < pattern.length() && pattern.charAt(pos[0]) != '|') {
        Atom atom = parseAtom(pattern, pos);
        if (pos[0] < pattern.length() && pattern.charAt(pos[0]) == '?') {
          atom.optional = true;
          pos[0]++;
        }
        atom.seal();
        atoms.add(atom);
      }
      if (atoms.isEmpty()) throw new IllegalArgumentException("empty alternative at " + pos[0]);
      alternatives.add(new Alternative(anchored, atoms.toArray(new Atom[0])));
      if (pos[0] >= pattern.length()) break;
      pos[0]++; // '|'
    }
    return new SequencePattern(alternatives);
  }

  private static Atom parseAtom(String p, int[] pos) {
    Atom atom = new Atom();
    char c = p.charAt(pos[0]);
    if (c == '[') {
      pos[0]++;
      if (p.charAt(pos[0]) == '^') {
        atom.negated = true;
        pos[0]++;
      }
      while (p.charAt(pos[0]) != ']') {
        int from = parseChar(p, pos);
        int to = from;
        if (p.charAt(pos[0]) == '-' && p.charAt(pos[0] + 1) != ']') {
          pos[0]++;
          to = parseChar(p, pos);
        }
        atom.add(from, to);
      }
      pos[0]++;
    } else if (c == '.') {
      atom.anyButNewline = true;
      pos[0]++;
    } else if (c == '\\' && p.charAt(pos[0] + 1) == 's') {
      atom.whitespace = true;
      pos[0] += 2;
    } else if (c == '\\' && p.charAt(pos[0] + 1) == 'w') {
      atom.word = true;
      pos[0] += 2;
    } else if ("()*+{}$".indexOf(c) >= 0) {
      throw new IllegalArgumentException("unsupported '" + c + "' at " + pos[0] + " in " + p);
    } else {
      int cp = parseChar(p, pos);
      atom.add(cp, cp);
    }
    return atom;
  }

  private static int parseChar(String p, int[] pos) {
    char c = p.charAt(pos[0]);
    if (c != '\\') {
      int cp = p.codePointAt(pos[0]);
      pos[0] += Character.charCount(cp);
      return cp;
    }
    char kind = p.charAt(pos[0] + 1);
    if (kind == 'u') {
      pos[0] += 6;
      return Integer.parseInt(p.substring(pos[0] - 4, pos[0]), 16);
    }
    if (kind == 'x') {
      pos[0] += 4;
      return Integer.parseInt(p.substring(pos[0] - 2, pos[0]), 16);
    }
    pos[0] += 2;
    return kind;
  }

  /** A single class in this syntax ("[...]"), as a test on code points. */
  static IntPredicate charClass(String syntax) {
    int[] pos = {0};
    Atom atom = parseAtom(syntax, pos);
    if (pos[0] != syntax.length()) throw new IllegalArgumentException("not one class: " + syntax);
    atom.seal();
    return atom::matches;
  }

  int asciiLead() {
    return asciiLead;
  }

  /** Whether some alternative matches starting at a position in {@code [from, to)}. */
  boolean findIn(CharSequence text, int from, int to) {
    for (int start = from; start < to; start++) {
      int[] group = startGroups[startGroupOf[text.charAt(start)]];
      if (group.length > 0) {
        // The group says the first atom matches (indexed first atoms hold only BMP chars).
        int next = start + 1;
        for (int a : group) {
          Alternative alternative = alternatives[a];
          if ((!alternative.anchored || start == 0) && matchAt(text, next, alternative.atoms, 1)) {
            return true;
          }
        }
      }
      for (int a : openAlternatives) {
        if (tryAt(text, start, alternatives[a])) return true;
      }
    }
    return false;
  }

  private static boolean tryAt(CharSequence text, int start, Alternative a) {
    return (!a.anchored || start == 0) && matchAt(text, start, a.atoms, 0);
  }

  private static boolean matchAt(CharSequence text, int pos, Atom[] atoms, int i) {
    if (i == atoms.length) return true;
    Atom atom = atoms[i];
    if (pos < text.length()) {
      int cp = Character.codePointAt(text, pos);
      if (atom.matches(cp) && matchAt(text, pos + Character.charCount(cp), atoms, i + 1)) return true;
    }
    return atom.optional && matchAt(text, pos, atoms, i + 1);
  }
}
