package newsgraph.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;

/**
 * Names that run through quotation marks or brackets, which the tagger cuts in pieces.
 *
 * <ul>
 *   <li>A nickname in quotes between a first name and a surname belongs to the person:
 *       {@code Hector " Macho " Camacho}, not three people.</li>
 *   <li>So does a name in brackets between them, or before a surname: {@code James Leander
 *       ( Leo ) Nichols}, {@code ( Tom ) Seaver}, where the tagger has no name ending or
 *       starting at a bracket. A bracket the tagger gave a type of its own ({@code Luca
 *       Pavanello ( Italy ) Aki}), or one holding a code in capitals ({@code ( GER )}), holds a
 *       country, a club, a party: something else.</li>
 *   <li>A name that runs into a bracket it does not close is two names: {@code Hizbollah (
 *       Party of God )}.</li>
 *   <li>A title in quotes begins with its article: {@code " The Crying Game "}.</li>
 * </ul>
 */
final class BracketedNames {
  private static final Set<String> QUOTES = Set.of("\"", "``", "''", "\u201C", "\u201D");
  private static final Set<String> ARTICLES = Set.of("The", "A", "An");
  private static final int MAX_INNER = 4;

  private BracketedNames() {}

  static List<List<TaggedSpan>> apply(List<List<String>> words, List<List<TaggedSpan>> tagged) {
    List<List<TaggedSpan>> out = new ArrayList<>(tagged.size());
    for (int u = 0; u < words.size(); u++) out.add(splitAtLoneBrackets(words.get(u), join(words.get(u), tagged.get(u))));
    return out;
  }

  /**
   * {@code Hizbollah ( Party of God ) gunmen}: a name that the tagger ran into a bracket it
   * does not close, or out of one it did not open, is two names, each keeping the type.
   */
  private static List<TaggedSpan> splitAtLoneBrackets(List<String> w, List<TaggedSpan> spans) {
    List<TaggedSpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      TaggedSpan s = spans.get(k);
      int depth = 0;
      boolean balanced = true;
      for (int i = s.first(); i <= s.last() && balanced; i++) {
        if (w.get(i).equals("(")) depth++;
        else if (w.get(i).equals(")")) balanced = --depth >= 0;
      }
      if (balanced && depth == 0) {
        if (out != null) out.add(s);
        continue;
      }
      if (out == null) out = new ArrayList<>(spans.subList(0, k));
      int start = s.first();
      for (int i = s.first(); i <= s.last() + 1; i++) {
        if (i <= s.last() && !w.get(i).equals("(") && !w.get(i).equals(")")) continue;
        if (i > start && hasCapital(w, start, i)) out.add(new TaggedSpan(s.type(), start, i - 1));
        start = i + 1;
      }
    }
    return out == null ? spans : out;
  }

  private static boolean hasCapital(List<String> w, int from, int to) {
    for (int i = from; i < to; i++) if (!w.get(i).isEmpty() && Character.isUpperCase(w.get(i).codePointAt(0))) return true;
    return false;
  }

  /** One pass: each span joined with what follows or precedes it, the spans it covers dropped. */
  private static List<TaggedSpan> join(List<String> w, List<TaggedSpan> spans) {
    List<TaggedSpan> out = new ArrayList<>(spans.size());
    int k = 0;
    while (k < spans.size()) {
      int previousLast = out.isEmpty() ? -1 : out.get(out.size() - 1).last();
      TaggedSpan joined = joined(w, spans, k, previousLast);
      out.add(joined);
      k++;
      while (k < spans.size() && spans.get(k).first() <= joined.last()) k++;
    }
    return out;
  }

  private static TaggedSpan joined(List<String> w, List<TaggedSpan> spans, int k, int previousLast) {
    TaggedSpan s = spans.get(k);
    if (s.type() == EntityType.PERSON) {
      int end = personAfterInsert(w, spans, k, s.last() + 1);
      if (end >= 0) return new TaggedSpan(EntityType.PERSON, s.first(), end);
      // "( Tom ) Seaver": the span starts inside the bracket.
      int open = openingBracketBefore(w, s);
      if (open > previousLast) return new TaggedSpan(EntityType.PERSON, open, s.last());
    }
    // " The Crying Game ": a title in quotes begins with its article.
    if (s.type() == EntityType.MISC && s.first() >= 2 && ARTICLES.contains(w.get(s.first() - 1))
        && QUOTES.contains(w.get(s.first() - 2)) && s.last() + 1 < w.size() && QUOTES.contains(w.get(s.last() + 1))
        && previousLast < s.first() - 1) {
      return new TaggedSpan(s.type(), s.first() - 1, s.last());
    }
    return s;
  }

  /**
   * After a person's first name(s) at {@code from}: a nickname in quotes or a name in brackets,
   * then a surname the tagger calls a person. Returns the end of that surname's span, or -1.
   */
  private static int personAfterInsert(List<String> w, List<TaggedSpan> spans, int k, int from) {
    if (from >= w.size()) return -1;
    String open = w.get(from);
    boolean quoted = QUOTES.contains(open);
    if (!quoted && !open.equals("(")) return -1;
    int close = from + 1;
    while (close < w.size() && close <= from + MAX_INNER && !closes(w.get(close), quoted)) close++;
    if (close >= w.size() || !closes(w.get(close), quoted) || close == from + 1 || close + 1 >= w.size()) return -1;
    for (int i = from + 1; i < close; i++) {
      if (!nameWord(w.get(i), i == from + 1) || !quoted && isCode(w.get(i))) return -1;
    }
    TaggedSpan after = null;
    for (int j = k + 1; j < spans.size(); j++) {
      TaggedSpan t = spans.get(j);
      if (t.first() > close + 1) break;
      if (t.last() <= close) {
        // Inside the quotes or brackets: only a nickname the tagger read as a name of its own
        // ("Hands of Stone"), not a country or a party in brackets.
        if (!quoted && t.type() != EntityType.PERSON) return -1;
        continue;
      }
      after = t;
      break;
    }
    if (after == null || after.type() != EntityType.PERSON || after.first() > close + 1
        || (after.first() <= close && after.first() != from + 1)) {
      return -1;
    }
    return after.last();
  }

  /** The bracket before a person's span ending inside it ({@code ( Tom ) Seaver}), or -1. */
  private static int openingBracketBefore(List<String> w, TaggedSpan s) {
    int open = s.first() - 1;
    if (open < 0 || !w.get(open).equals("(")) return -1;
    int close = -1;
    for (int i = s.first(); i < s.last(); i++) {
      if (w.get(i).equals(")")) {
        close = i;
        break;
      }
      if (!nameWord(w.get(i), i == s.first())) return -1;
    }
    return close > s.first() && close <= s.first() + 2 ? open : -1;
  }

  /** {@code GER}, {@code USA}: a country's or a party's code, no first name ({@code A.J.P.} is). */
  private static boolean isCode(String word) {
    return word.length() >= 2 && word.codePoints().allMatch(Character::isUpperCase);
  }

  private static boolean closes(String word, boolean quoted) {
    return quoted ? QUOTES.contains(word) : word.equals(")");
  }

  /** A capitalised word, or a small word inside a nickname ({@code Hands of Stone}). */
  private static boolean nameWord(String word, boolean first) {
    if (word.isEmpty() || word.chars().anyMatch(Character::isDigit)) return false;
    if (Character.isUpperCase(word.codePointAt(0))) return true;
    return !first && (word.equals("of") || word.equals("the") || word.equals("de"));
  }
}
