package newsgraph.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.document.Repair;

/**
 * Puts back apostrophes and quotation marks that mojibake destroyed beyond decoding: the curly
 * mark's UTF-8 bytes were read in a single-byte encoding and then partly lost, leaving one wrong
 * character ("Chinaās", "donât"), a short garble ("donâ€t", "It�¢��s"), a replacement character
 * ("it�s", "itï¿½s"), a question mark ("it?s") or the inverted one some systems put for a
 * character they can't represent ("Blair¿s", found in the BBC corpus as {@code &#191;}). The
 * mark is restored from its position: inside a word it is an apostrophe, at the start of a word
 * an opening quote and at the end a closing one. The article's own style decides between curly
 * and straight marks: curly when it has curly quotes or apostrophes elsewhere, else straight.
 *
 * <p>False positives cost more than misses, so the evidence must be strong:
 * <ul>
 *   <li>inside a word, the word must have the shape of an English contraction or possessive
 *       (a letter run, then s, t, re, ll, ve, d or m ending the word; n't, I'm, you're...);
 *   <li>a lone â or ā is taken only when every one in the article sits in such a slot, so
 *       "pâté", "Māori" or Latvian "labās" beside it keep theirs;
 *   <li>a lone ? is taken only in a contraction that can't be a question ("don?t", "I?m",
 *       "it?s"), or in any other once the article has shown it does this; at a word's edge,
 *       where it is usually a real question mark, only as a pair (?We won.? -> "We won.") in
 *       an article that has shown it;
 *   <li>a garble at a word's edge becomes a quotation mark only when it pairs with one.
 * </ul>
 */
final class LossyQuoteRestorer implements RepairPass {

  // The words that take each contraction ("you're", "we'll", "could've", "she'd").
  private static final Set<String> RE =
      Set.of("you", "we", "they", "who", "what", "there", "here", "where", "how", "why");
  private static final Set<String> LL = Set.of("i", "you", "he", "she", "it", "we", "they",
      "that", "who", "there", "what", "this", "where");
  private static final Set<String> VE = Set.of("i", "you", "we", "they", "who", "could", "would",
      "should", "might", "must", "what", "there");
  private static final Set<String> D =
      Set.of("i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "what", "where");
  // Words whose "?s" can only be "'s": "what?s" or "who?s" could be a question typed fast.
  private static final Set<String> UNAMBIGUOUS_S =
      Set.of("it", "that", "there", "he", "she", "let", "here");

  private static final String REPLACEMENT_MOJIBAKE = "\u00ef\u00bf\u00bd"; // U+FFFD read as Latin-1

  // How far to look for the other mark of a pair: further than any news paragraph, and a bound
  // that keeps a megabyte of unpaired garbles in one line from taking quadratic time.
  private static final int MAX_QUOTE_SCAN = 5_000;

  @Override
  public Repair.Kind kind() {
    return Repair.Kind.LOSSY_MOJIBAKE;
  }

  /** What is left of a mark: where it is, and how sure we are that it is damage. */
  private record Garble(int start, int end, Strength strength) {}

  private enum Strength {
    /** Holds U+FFFD, or is â, ā, Ã or Â followed by UTF-8 punctuation residue (€, ™...). */
    STRONG,
    /** A single â or ā: a letter in other languages. */
    LONE_LETTER,
    /** A single ? inside a word: punctuation in any language. */
    QUESTION_MARK,
    /** A single ? at a word's edge: nearly always a real question mark. */
    EDGE_QUESTION_MARK,
    /** A single ¿ inside a word, where Spanish never puts it; never read as a quotation mark. */
    INVERTED_QUESTION_MARK
  }

  private static boolean isResidue(char c) {
    return c == '\ufffd' || c == 'â' || c == 'ā' || c == '€' || c == '™' || c == '¢' || c == '¬'
        || c == 'Ã' || c == 'Â' || c == '‚' || c == '„';
  }

  private static boolean isDistinctiveResidue(char c) {
    return c == '\ufffd' || c == '€' || c == '™' || c == '¢' || c == '¬' || c == '‚' || c == '„';
  }

  static boolean mightApply(String text) {
    return text.indexOf('\ufffd') >= 0 || text.indexOf('â') >= 0 || text.indexOf('ā') >= 0
        || text.indexOf('¿') >= 0 || text.contains(REPLACEMENT_MOJIBAKE)
        || hasQuestionMarkInWord(text);
  }

  private static boolean hasQuestionMarkInWord(String text) {
    for (int q = text.indexOf('?'); q >= 0; q = text.indexOf('?', q + 1)) {
      if (q > 0 && q + 1 < text.length() && Character.isLetter(text.charAt(q - 1))
          && Character.isLetter(text.charAt(q + 1))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void findEdits(String text, List<Edit> edits) {
    if (!mightApply(text)) return;
    List<Garble> garbles = findGarbles(text);
    if (garbles.isEmpty()) return;
    boolean curly = text.indexOf('’') >= 0 || text.indexOf('‘') >= 0 || text.indexOf('“') >= 0
        || text.indexOf('”') >= 0;
    String apostrophe = curly ? "’" : "'";

    // Which lone letters and question marks has the article shown to be damage?
    boolean trustA = true, trustMacronA = true;
    boolean questionMarkShown = false;
    for (Garble g : garbles) {
      if (g.strength == Strength.LONE_LETTER && !isContraction(text, g, false)) {
        if (text.charAt(g.start) == 'â') trustA = false; else trustMacronA = false;
      }
      if (g.strength == Strength.QUESTION_MARK && isContraction(text, g, true)) {
        questionMarkShown = true;
      }
    }
    List<Garble> strongApostrophes = new ArrayList<>();
    String[] replacement = new String[garbles.size()];
    for (int k = 0; k < garbles.size(); k++) {
      Garble g = garbles.get(k);
      boolean inWord = isContraction(text, g, false);
      switch (g.strength) {
        case STRONG -> {
          if (inWord) {
            replacement[k] = apostrophe;
            strongApostrophes.add(g);
          }
        }
        case LONE_LETTER -> {
          boolean trusted = text.charAt(g.start) == 'â' ? trustA : trustMacronA;
          if (trusted && inWord) replacement[k] = apostrophe;
        }
        case INVERTED_QUESTION_MARK -> {
          if (inWord) replacement[k] = apostrophe;
        }
        case QUESTION_MARK -> {
          if (inWord && (questionMarkShown || isContraction(text, g, true))) replacement[k] = apostrophe;
        }
        case EDGE_QUESTION_MARK -> { }
      }
    }
    if (questionMarkShown) pairQuestionMarks(text, garbles, replacement, curly);
    pairQuotes(text, garbles, replacement, strongApostrophes, curly, apostrophe);
    for (int k = 0; k < garbles.size(); k++) {
      if (replacement[k] != null) {
        Garble g = garbles.get(k);
        edits.add(new Edit(g.start, g.end, replacement[k]));
      }
    }
  }

  private static List<Garble> findGarbles(String text) {
    List<Garble> garbles = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '?') {
        if (i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
            && Character.isLetter(text.charAt(i + 1))) {
          garbles.add(new Garble(i, i + 1, Strength.QUESTION_MARK));
        } else {
          garbles.add(new Garble(i, i + 1, Strength.EDGE_QUESTION_MARK));
        }
        i++;
        continue;
      }
      if (c == '¿') {
        if (i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
            && Character.isLetter(text.charAt(i + 1))) {
          garbles.add(new Garble(i, i + 1, Strength.INVERTED_QUESTION_MARK));
        }
        i++;
        continue;
      }
      if (!isResidue(c) && !text.startsWith(REPLACEMENT_MOJIBAKE, i)) {
        i++;
        continue;
      }
      int start = i;
      boolean replacement = false;
      boolean residue = false;
      while (i < text.length() && i - start < 8) {
        if (text.startsWith(REPLACEMENT_MOJIBAKE, i)) {
          replacement = true;
          i += REPLACEMENT_MOJIBAKE.length();
        } else if (isResidue(text.charAt(i))) {
          replacement |= text.charAt(i) == '\ufffd';
          residue |= i > start && isDistinctiveResidue(text.charAt(i));
          i++;
        } else {
          break;
        }
      }
      char first = text.charAt(start);
      // "€", "™" or "‚" on their own are just those characters ("€5m", "Apple™", German ‚x‘);
      // only after the lead character of a mis-decoded UTF-8 sequence are they residue.
      boolean lead = first == 'â' || first == 'ā' || first == 'Ã' || first == 'Â';
      if (replacement || (lead && residue)) {
        garbles.add(new Garble(start, i, Strength.STRONG));
      } else if (i - start == 1 && (first == 'â' || first == 'ā')) {
        garbles.add(new Garble(start, i, Strength.LONE_LETTER));
      }
    }
    return garbles;
  }

  /**
   * Whether the garble sits where an apostrophe would in an English contraction or possessive:
   * letters before it, and s, t, re, ll, ve, d or m after it, ending the word. With
   * {@code unambiguousOnly}, only the shapes no question could take.
   */
  private static boolean isContraction(String text, Garble g, boolean unambiguousOnly) {
    int wordStart = g.start;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) wordStart--;
    int suffixEnd = g.end;
    while (suffixEnd < text.length() && Character.isLetter(text.charAt(suffixEnd))) suffixEnd++;
    if (wordStart == g.start || suffixEnd == g.end) return false;
    if (!isWordEdge(text, wordStart - 1) || !isWordEdge(text, suffixEnd)) return false;
    String before = text.substring(wordStart, g.start);
    String suffix = text.substring(g.end, suffixEnd).toLowerCase(java.util.Locale.ROOT);
    boolean ascii = isAsciiLetters(before) && isAsciiLetters(suffix);
    if (g.strength != Strength.STRONG && !ascii) return false;
    String word = before.toLowerCase(java.util.Locale.ROOT);
    return switch (suffix) {
      case "s" -> !unambiguousOnly || UNAMBIGUOUS_S.contains(word);
      case "t" -> word.length() >= 2 && word.endsWith("n");
      case "m" -> before.equals("I");
      case "re" -> RE.contains(word);
      case "ll" -> LL.contains(word);
      case "ve" -> VE.contains(word);
      case "d" -> D.contains(word);
      default -> false;
    };
  }

  /** Whether the character at {@code i} ends a word as plain prose does (not a URL or code). */
  private static boolean isWordEdge(String text, int i) {
    if (i < 0 || i >= text.length()) return true;
    char c = text.charAt(i);
    return !Character.isLetterOrDigit(c) && "/=&_@#%+\\.".indexOf(c) < 0
        || (c == '.' && (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))));
  }

  private static boolean isAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    }
    return true;
  }

  /**
   * Strong garbles at a word's edge become quotation marks when they pair: an opening one before
   * a later closing mark in the same paragraph, a closing one after an opening mark. A closing
   * garble after "s" that is spelt like ones already read as apostrophes is a plural possessive.
   */
  private static void pairQuotes(String text, List<Garble> garbles, String[] replacement,
      List<Garble> apostrophes, boolean curly, String apostrophe) {
    boolean singles = text.indexOf('‘') >= 0 && text.indexOf('“') < 0;
    String open = curly ? (singles ? "‘" : "“") : "\"";
    String close = curly ? (singles ? "’" : "”") : "\"";
    char realOpen = singles ? '‘' : '“';
    char realClose = singles ? '’' : '”';
    for (int k = 0; k < garbles.size(); k++) {
      Garble g = garbles.get(k);
      if (replacement[k] != null || g.strength != Strength.STRONG) continue;
      if (opensQuote(text, g)) {
        int next = nextQuoteMark(text, garbles, k, realOpen, realClose);
        if (next == 1) replacement[k] = open;
      } else if (closesQuote(text, g)) {
        int previous = previousQuoteMark(text, garbles, k, realOpen, realClose);
        if (previous == -1) {
          replacement[k] = close;
        } else if (text.charAt(g.start - 1) == 's') {
          String spelling = text.substring(g.start, g.end);
          for (Garble a : apostrophes) {
            if (text.substring(a.start, a.end).equals(spelling)) replacement[k] = apostrophe;
          }
        }
      }
    }
  }

  /**
   * In an article that has shown question marks for lost marks, "?We won.?" was a quotation:
   * a ? opening a word pairs with the next ? closing one in the same paragraph.
   */
  private static void pairQuestionMarks(String text, List<Garble> garbles, String[] replacement,
      boolean curly) {
    boolean singles = text.indexOf('‘') >= 0 && text.indexOf('“') < 0;
    int pending = -1;
    for (int k = 0; k < garbles.size(); k++) {
      Garble g = garbles.get(k);
      if (g.strength != Strength.EDGE_QUESTION_MARK) continue;
      if (pending >= 0 && text.indexOf('\n', garbles.get(pending).end) < g.start
          && text.indexOf('\n', garbles.get(pending).end) >= 0) {
        pending = -1; // a quotation does not run past its paragraph
      }
      if (opensQuote(text, g)) {
        pending = k;
      } else if (pending >= 0 && closesQuote(text, g)) {
        replacement[pending] = curly ? (singles ? "‘" : "“") : "\"";
        replacement[k] = curly ? (singles ? "’" : "”") : "\"";
        pending = -1;
      }
    }
  }

  private static boolean opensQuote(String text, Garble g) {
    boolean before = g.start == 0 || Character.isWhitespace(text.charAt(g.start - 1))
        || "([{—–".indexOf(text.charAt(g.start - 1)) >= 0;
    return before && g.end < text.length() && Character.isLetterOrDigit(text.charAt(g.end));
  }

  private static boolean closesQuote(String text, Garble g) {
    if (g.start == 0) return false;
    char before = text.charAt(g.start - 1);
    boolean after = g.end == text.length() || Character.isWhitespace(text.charAt(g.end))
        || ".,;:!?)]}—–".indexOf(text.charAt(g.end)) >= 0;
    return (Character.isLetterOrDigit(before) || ".,!?…+".indexOf(before) >= 0) && after;
  }

  /** 1 when the next quote mark in the paragraph after garble k closes, -1 when it opens, else 0. */
  private static int nextQuoteMark(String text, List<Garble> garbles, int k, char realOpen,
      char realClose) {
    int g = k + 1;
    int limit = Math.min(text.length(), garbles.get(k).end + MAX_QUOTE_SCAN);
    for (int i = garbles.get(k).end; i < limit && text.charAt(i) != '\n'; i++) {
      while (g < garbles.size() && garbles.get(g).end <= i) g++;
      if (g < garbles.size() && garbles.get(g).start == i && garbles.get(g).strength == Strength.STRONG) {
        Garble next = garbles.get(g);
        if (closesQuote(text, next)) return 1;
        if (opensQuote(text, next)) return -1;
      }
      char c = text.charAt(i);
      if (c == realClose && !Character.isLetter(charAt(text, i + 1))) return 1;
      if (c == realOpen) return -1;
    }
    return 0;
  }

  /** -1 when the previous quote mark in the paragraph before garble k opens, 1 when it closes, else 0. */
  private static int previousQuoteMark(String text, List<Garble> garbles, int k, char realOpen,
      char realClose) {
    int g = k - 1;
    int limit = Math.max(-1, garbles.get(k).start - 1 - MAX_QUOTE_SCAN);
    for (int i = garbles.get(k).start - 1; i > limit && text.charAt(i) != '\n'; i--) {
      while (g >= 0 && garbles.get(g).start > i) g--;
      if (g >= 0 && garbles.get(g).end - 1 == i && garbles.get(g).strength == Strength.STRONG) {
        Garble previous = garbles.get(g);
        if (opensQuote(text, previous)) return -1;
        if (closesQuote(text, previous)) return 1;
      }
      char c = text.charAt(i);
      if (c == realOpen) return -1;
      if (c == realClose && !Character.isLetter(charAt(text, i + 1))) return 1;
    }
    return 0;
  }

  private static char charAt(String text, int i) {
    return i < text.length() ? text.charAt(i) : ' ';
  }
}
