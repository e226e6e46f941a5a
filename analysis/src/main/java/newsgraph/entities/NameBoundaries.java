package newsgraph.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;

/**
 * Where names end, where the tagger stops a word short.
 *
 * <ul>
 *   <li>A regnal number belongs to the name: {@code Pedro I}, {@code Charles VI}. A bare
 *       {@code I} before a verb of the first person ({@code Mary I think}) is the pronoun.</li>
 *   <li>A name whose {@code 's} ends a noun phrase somewhere in the document ({@code Boatmen 's
 *       was the prize}, {@code rated by Moody 's .}) carries the {@code 's} as part of it: a
 *       possessive is followed by what is possessed, a name like Lloyd's is not. Every
 *       {@code Boatmen 's} of the document is then the name, {@code Boatmen 's deal} too.</li>
 *   <li>A capitalised word that only starts the sentence is no part of the name after it:
 *       {@code In Milwaukee}, {@code August National Association of ...}, {@code Shares of
 *       Douglas & Lomason Co}. What is left after a preposition and the gazetteer knows is a
 *       place ({@code In Milwaukee , ...}).</li>
 *   <li>Nor is a person's post after a body's possessive ({@code Irish Republican Army 's
 *       Director of Intelligence}).</li>
 *   <li>Nor is a month that dates a body's name ({@code the August National Association of
 *       Purchasing Management index}).</li>
 * </ul>
 */
final class NameBoundaries {
  private static final Pattern ROMAN = Pattern.compile("I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI");

  /** Words after which {@code I} is the pronoun. */
  private static final Set<String> FIRST_PERSON = Set.of("am", "'m", "think", "have", "'ve",
      "will", "'ll", "would", "'d", "was", "had", "do", "did", "can", "could", "know", "want",
      "hope", "feel", "believe", "said", "say", "told", "guess", "mean", "must", "should", "may",
      "might", "never", "just", "also", "really", "and", "love", "like", "see", "saw", "get", "got");

  /** Words that follow a noun phrase, not a possessor's noun. */
  private static final Set<String> AFTER_PHRASE = Set.of(".", ",", ";", ":", "was", "is",
      "has", "had", "said", "says", "will", "would", "could", "were", "are", "did", "does");

  /** Prepositions that start a sentence in capitals. */
  private static final Set<String> PREPOSITIONS = Set.of("In", "At", "On", "For", "From", "By",
      "With", "To", "After", "Before", "Under", "During", "Across", "Inside", "Outside");

  private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December");

  /** Plural common nouns that start a sentence before "of" ({@code Shares of ...}). */
  private static final Set<String> PLURALS_BEFORE_OF = Set.of("Shares", "Representatives",
      "Officials", "Members", "Employees", "Workers", "Supporters", "Units", "Sales", "Profits",
      "Stocks", "Holders", "Shareholders", "Directors", "Executives", "Analysts", "Investors",
      "Leaders", "Spokesmen", "Bonds", "Customers", "Staff", "Creditors", "Owners");

  private NameBoundaries() {}

  /**
   * The span without the sentence's first word(s) when they only start the sentence; the same
   * span otherwise. People keep theirs: May and June are first names.
   */
  static TaggedSpan withoutSentenceStart(List<String> w, TaggedSpan s, Places places) {
    if (s.first() != 0 || s.type() == EntityType.PERSON || s.type() == EntityType.MISC) return s;
    String first = w.get(0);
    int drop = 0;
    if (PREPOSITIONS.contains(first) || MONTHS.contains(first)) drop = 1;
    else if (PLURALS_BEFORE_OF.contains(first) && w.size() > 1 && w.get(1).equals("of")) drop = 2;
    if (drop == 0 || s.last() < drop || !startsUpper(w.get(drop))) return s;
    EntityType type = s.type();
    if (PREPOSITIONS.contains(first) && s.last() == drop && places.known(w.get(drop))) type = EntityType.LOCATION;
    return new TaggedSpan(type, drop, s.last());
  }

  /**
   * {@code a rise in the August National Association of Purchasing Management index}: a month
   * after {@code the}, {@code in}, {@code last} ... and before a body's or a place's name of
   * two words or more dates it, and is no part of it. People keep theirs (August Busch), and so
   * do events ({@code October Revolution}, {@code May Day}) and a body named by a month at the
   * start of a sentence ({@code May Department Stores said}).
   */
  static TaggedSpan withoutMonth(List<String> w, TaggedSpan s) {
    if (s.type() == EntityType.PERSON || s.type() == EntityType.MISC || s.last() - s.first() < 2
        || !MONTHS.contains(w.get(s.first())) || !startsUpper(w.get(s.first() + 1))
        || s.first() == 0 || !MONTH_DATES.contains(w.get(s.first() - 1).toLowerCase(java.util.Locale.ROOT))) {
      return s;
    }
    return new TaggedSpan(s.type(), s.first() + 1, s.last());
  }

  /** Words before a month that make it a date ({@code the August}, {@code in August}, {@code last May}). */
  private static final Set<String> MONTH_DATES = Set.of("the", "in", "last", "next", "this", "since",
      "until", "from", "by", "during", "early", "late", "mid");

  private static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /**
   * {@code the Irish Republican Army 's Director of Intelligence}: a body's name ends before a
   * possessive that a person's post follows; the post is no part of the name.
   */
  static TaggedSpan withoutPossessedPost(List<String> w, TaggedSpan s) {
    if (s.type() != EntityType.ORGANIZATION) return s; // Lion 's Head, The President 's Analyst
    for (int i = s.first() + 1; i < s.last(); i++) {
      if (isApostropheS(w.get(i)) && RoleLexicon.isPersonHead(w.get(i + 1))) {
        return new TaggedSpan(s.type(), s.first(), i - 1);
      }
    }
    return s;
  }

  /** Names whose number is part of them: {@code Channel 4}, {@code Windows 95}, {@code Interstate 5}. */
  private static final Set<String> NUMBERED_HEADS = Set.of("Channel", "Radio", "Windows", "Office",
      "Interstate", "Highway", "Route", "Euro", "Chapter", "Flight", "Formula", "Apollo", "Airbus",
      "Boeing", "Ilyushin", "Tupolev", "Antonov", "Expo", "Terminal", "Resolution", "Proposition");

  /**
   * {@code Channel 4's}: the number at {@code i}, after such a name, belongs to it, unless another
   * number follows, as in a table's row.
   */
  private static boolean itsNumber(List<String> w, TaggedSpan s, int i) {
    return NUMBERED_HEADS.contains(w.get(s.last())) && w.get(i).matches("\\d{1,3}")
        && !(i + 1 < w.size() && w.get(i + 1).matches("[\\d.,:/-]+"));
  }

  private static final Set<String> ROADS = Set.of("Interstate", "Highway", "Route");

  static List<List<TaggedSpan>> apply(List<List<String>> words, List<List<TaggedSpan>> tagged,
      Places places) {
    List<List<TaggedSpan>> trimmed = new ArrayList<>(tagged.size());
    for (int u = 0; u < words.size(); u++) {
      List<TaggedSpan> spans = new ArrayList<>(tagged.get(u));
      if (!spans.isEmpty()) spans.set(0, withoutSentenceStart(words.get(u), spans.get(0), places));
      for (int k = 0; k < spans.size(); k++) {
        spans.set(k, withoutPossessedPost(words.get(u), withoutMonth(words.get(u), spans.get(k))));
      }
      trimmed.add(spans);
    }
    tagged = trimmed;
    Set<List<String>> apostropheNames = new HashSet<>();
    for (int u = 0; u < words.size(); u++) {
      List<String> w = words.get(u);
      for (TaggedSpan s : tagged.get(u)) {
        // Organisations only: "( Britain 's )" is a place's possessive cut short.
        if (s.type() != EntityType.ORGANIZATION) continue;
        int after = s.last() + 1;
        if (after + 1 < w.size() && isApostropheS(w.get(after)) && AFTER_PHRASE.contains(w.get(after + 1))
            || after + 1 == w.size() && isApostropheS(w.get(after))) {
          apostropheNames.add(List.copyOf(w.subList(s.first(), s.last() + 1)));
        }
      }
    }
    List<List<TaggedSpan>> out = new ArrayList<>(tagged.size());
    for (int u = 0; u < words.size(); u++) {
      List<String> w = words.get(u);
      List<TaggedSpan> spans = new ArrayList<>(tagged.get(u));
      for (int k = 0; k < spans.size(); k++) {
        TaggedSpan s = spans.get(k);
        int after = s.last() + 1;
        boolean free = after < w.size() && (k + 1 >= spans.size() || spans.get(k + 1).first() > after);
        if (!free) continue;
        if (s.type() == EntityType.PERSON && regnalNumber(w, after)
            || apostropheNames.contains(w.subList(s.first(), s.last() + 1)) && isApostropheS(w.get(after))) {
          spans.set(k, new TaggedSpan(s.type(), s.first(), after));
        } else if (itsNumber(w, s, after)) {
          // A numbered road is a place, whatever the tagger made of its first word.
          EntityType type = ROADS.contains(w.get(s.last())) ? EntityType.LOCATION : s.type();
          spans.set(k, new TaggedSpan(type, s.first(), after));
        }
      }
      out.add(spans);
    }
    return out;
  }

  private static boolean regnalNumber(List<String> w, int i) {
    if (!ROMAN.matcher(w.get(i)).matches()) return false;
    if (!w.get(i).equals("I")) return true;
    return i + 1 >= w.size() || !FIRST_PERSON.contains(w.get(i + 1).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isApostropheS(String word) {
    return word.equals("'s") || word.equals("\u2019s");
  }
}
