package newsgraph.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Token;

/**
 * Descriptions set off by commas beside a name, for {@link RoleFinder}: {@code Anna Smith, the
 * foreign minister,} and {@code the bank's chief executive, Tom Ng}. A phrase counts only if a
 * role noun heads it ({@link RoleLexicon}).
 */
final class Appositions {
  private Appositions() {}

  private static final int MAX_APPOSITION_TOKENS = 12;
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our");
  /** Words that end an apposition: it is a clause, not a description. */
  private static final Set<String> CLAUSE_WORDS = Set.of("who", "which", "that", "said", "says",
      "told", "added", "when", "where", "while", "is", "was", "has", "had", "will", "would");

  /**
   * Whether a description in apposition ({@code the US bank}, {@code a unit of the group}) is of
   * a body: its head, the word before its first preposition or its last word, is a body's only.
   */
  static boolean describesBody(String description) {
    List<String> w = List.of(description.split(" "));
    return RoleLexicon.isBodyOnlyHead(w.get(head(w, 0, w.size())).replace("'s", "").replace("\u2019s", ""));
  }

  /**
   * The head of the noun phrase {@code [start, stop)}: the word before its first preposition, or
   * its last word ("star of the franchise", "the US bank").
   */
  private static int head(List<String> words, int start, int stop) {
    for (int i = start + 1; i < stop; i++) {
      if (LINKS.contains(words.get(i))) return i - 1;
    }
    return stop - 1;
  }

  /**
   * Heads of a description that are no title before a name: {@code daughter of activist Malcolm
   * X}, {@code a member of the board}; "Mother Teresa" and "Brother Roger" are names.
   */
  private static final Set<String> RELATIONS = Set.of("member", "daughter", "son",
      "wife", "husband", "widow", "widower", "friend", "mother", "father", "brother", "sister",
      "cousin", "niece", "nephew", "grandson", "granddaughter", "colleague", "ally", "rival");

  /** {@code NAME, the foreign minister,}: the description, or null. */
  static String after(List<String> words, List<Token> tokens, CodePointIndex index, int end,
      Set<Integer> personStarts) {
    if (end >= words.size() || !words.get(end).equals(",")) return null;
    int start = end + 1;
    int stop = start;
    boolean linked = false;
    while (stop < words.size() && stop - start <= MAX_APPOSITION_TOKENS) {
      String w = words.get(stop);
      if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || RoleFinder.isQuote(w)) break;
      if (CLAUSE_WORDS.contains(w.toLowerCase(Locale.ROOT))) return null;
      if (LINKS.contains(w) || w.equals("'s") || w.equals("\u2019s")) linked = true;
      // "Subir Raha, Gazprom chairman Aleksey Miller and ...": another person with a title of
      // their own is a list, and so is "Ta Mok, Son Sen's group"; "spokesman for commissioner
      // Peter Mandelson" and "author Ian Fleming's first book" describe the first.
      if (personStarts.contains(tokens.get(stop).span().start()) && (stop == start || !linked && !possessed(words, stop))) {
        return null;
      }
      stop++;
    }
    if (stop >= words.size() || stop - start > MAX_APPOSITION_TOKENS || stop == start) return null;
    if (!words.get(stop).equals(",") && !words.get(stop).equals(".")) return null;
    // A description opens with a determiner, a role word or a name; anything else ("called the
    // plan ...") is the sentence going on.
    String opener = words.get(start);
    if (!DETERMINERS.contains(opener.toLowerCase(Locale.ROOT)) && !RoleLexicon.isModifier(opener)
        && !RELATIONS.contains(opener.toLowerCase(Locale.ROOT))
        && !Character.isUpperCase(opener.charAt(0))) {
      return null;
    }
    return description(words, tokens, index, start, stop);
  }

  /**
   * Prepositions that tie a person named in a description to its head ({@code spokesman for});
   * a possessive does too ({@code Fleming's first James Bond book}).
   */
  private static final Set<String> LINKS = Set.of("of", "for", "to", "at", "with", "on", "in", "from", "under");

  /** Whether the name starting at {@code i} is a possessor: {@code Ian Fleming 's}. */
  private static boolean possessed(List<String> words, int i) {
    for (int k = i + 1; k < words.size() && k <= i + 4; k++) {
      String w = words.get(k);
      if (w.equals("'s") || w.equals("\u2019s")) return true;
      if (!RoleFinder.isCapitalised(w)) return false;
    }
    return false;
  }

  /** {@code the bank's chief executive, NAME}, {@code Okafor's lawyer, NAME}: the description, or null. */
  static String before(List<String> words, List<Token> tokens, CodePointIndex index, int first) {
    if (first < 2 || !words.get(first - 1).equals(",")) return null;
    int stop = first - 1;
    int start = stop;
    while (start > 0 && stop - start < MAX_APPOSITION_TOKENS) {
      String w = words.get(start - 1);
      if (w.equals(",") || w.equals(";") || w.equals(":") || RoleFinder.isQuote(w)) break;
      start--;
    }
    // A possessor begins the description: "the bank's chief executive", "Okafor's lawyer", not
    // "The court adjourned after Okafor's lawyer".
    boolean possessed = false;
    for (int p = stop - 1; p > start; p--) {
      String w = words.get(p);
      if (!w.equals("'s") && !w.equals("\u2019s")) continue;
      int owner = p - 1;
      if (owner > start && DETERMINERS.contains(words.get(owner - 1).toLowerCase(Locale.ROOT))) {
        start = owner - 1;
      } else if (Character.isUpperCase(words.get(owner).codePointAt(0))) {
        start = owner;
        possessed = true;
      }
      break;
    }
    if (!possessed && !DETERMINERS.contains(words.get(start).toLowerCase(Locale.ROOT))) return null;
    for (int i = start; i < stop; i++) {
      if (CLAUSE_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))) return null;
    }
    return description(words, tokens, index, start, stop);
  }

  /** The phrase {@code [start, stop)} without its determiner, if a role noun heads it. */
  private static String description(List<String> words, List<Token> tokens, CodePointIndex index,
      int start, int stop) {
    // A role noun must head it, not merely occur in it: "star faces competition from ..." is a clause.
    String noun = words.get(head(words, start, stop)).replace("'s", "").toLowerCase(Locale.ROOT);
    if (!RoleLexicon.isHead(noun) && !RELATIONS.contains(noun)) return null;
    if (DETERMINERS.contains(words.get(start).toLowerCase(Locale.ROOT))) start++;
    if (start >= stop) return null;
    return RoleFinder.span(index, tokens, start, stop);
  }
}
