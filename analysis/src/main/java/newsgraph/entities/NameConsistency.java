package newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;

/**
 * Document-level repairs of the tagger's names, after Krishnan and Manning (2006): a document
 * names one thing the same way throughout, so what the tagger found where the text is plain
 * decides what it missed where the text is hard.
 *
 * <ul>
 *   <li>Names that run through quotes or brackets are whole ({@link BracketedNames}).</li>
 *   <li>The surname of a person named in full is that person wherever it stands alone
 *       ({@code King said}, after {@code Billie Jean King}), and the tagger's misses of it are
 *       added.</li>
 *   <li>A headline in capitals repeats names of the body: {@code ROTOR FANS LOCKED OUT} names
 *       what the body calls {@code Rotor}. Untagged runs of such a line that spell a body name
 *       in capitals get that name's type.</li>
 *   <li>A place line ({@code GRONINGEN , Netherlands 1996-08-30}) names places.</li>
 *   <li>{@code Boston-based Reagan Communications}: the "-based" word is a name of its own
 *       (MISC), not the first word of the company's.</li>
 *   <li>Rows of a results or standings table name things of one kind ({@link TableRows}), and
 *       the numbered names of a team's line-up are players ({@link LineUps}).</li>
 *   <li>A name the tagger found in the body is that name again where it is written the same
 *       way and the tagger missed it ({@code Comelf exported ...}) or cut it into pieces
 *       ({@link PiecedNames}).</li>
 *   <li>A holiday or a weekday alone ({@code Christmas is near}) is no person.</li>
 *   <li>{@code Mercantile and Commerce} is two names when the document names one of them
 *       alone; {@code Jones} after {@code Jones Medical Industries Inc} is the company, and so
 *       is {@code Apic Yamada Corp}, whatever the tagger said, and {@code Apic Yamada} after it.</li>
 * </ul>
 * The input is the tagger's spans per tagging unit, with the units' words; the output is the
 * repaired spans, sorted, not overlapping.
 */
final class NameConsistency {
  private NameConsistency() {}

  static List<List<TaggedSpan>> apply(List<List<String>> words, List<List<TaggedSpan>> tagged) {
    tagged = BracketedNames.apply(words, tagged);
    List<List<TaggedSpan>> out = new ArrayList<>(tagged.size());
    boolean[] caps = new boolean[words.size()];
    List<List<TaggedSpan>> placeLines = new ArrayList<>(words.size());
    for (int u = 0; u < words.size(); u++) {
      caps[u] = isCapsLine(words.get(u));
      List<TaggedSpan> places = placeLine(words.get(u));
      placeLines.add(places);
      out.add(places != null ? places : splitBased(words.get(u), withoutCalendarPeople(words.get(u), tagged.get(u))));
    }
    splitJoinedNames(words, out);
    retypeCompanyHeads(words, out);
    Map<List<String>, Map<EntityType, Integer>> bodyNames = new HashMap<>();
    Map<List<String>, Map<EntityType, Integer>> exactNames = new HashMap<>();
    Set<String> lowerWords = new HashSet<>();
    for (List<String> unit : words) {
      for (String w : unit) if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) lowerWords.add(w);
    }
    Set<String> surnames = new HashSet<>();
    for (int u = 0; u < words.size(); u++) {
      if (caps[u] || placeLines.get(u) != null) continue;
      for (TaggedSpan s : out.get(u)) {
        List<String> name = words.get(u).subList(s.first(), s.last() + 1);
        vote(bodyNames, upper(name), s.type());
        vote(exactNames, List.copyOf(name), s.type());
        if (s.type() == EntityType.PERSON && name.size() >= 2 && isCapitalisedWord(name.get(name.size() - 1))) {
          String surname = name.get(name.size() - 1);
          // One vote per person, not per mention: a surname is one clue however often it is said.
          if (surnames.add(surname)) vote(bodyNames, List.of(surname.toUpperCase(Locale.ROOT)), EntityType.PERSON);
        }
      }
    }
    // A word the tagger also calls something else on its own ("Christmas" after "Father
    // Christmas") is no safe surname.
    for (int u = 0; u < words.size(); u++) {
      for (TaggedSpan s : out.get(u)) {
        if (s.first() == s.last() && s.type() != EntityType.PERSON) surnames.remove(words.get(u).get(s.first()));
      }
    }
    surnames.removeAll(CALENDAR_WORDS); // "Father Christmas" names no Mr Christmas
    Map<String, List<List<String>>> namesByFirst = new HashMap<>();
    for (List<String> name : bodyNames.keySet()) namesByFirst.computeIfAbsent(name.get(0), f -> new ArrayList<>()).add(name);
    for (int u = 0; u < words.size(); u++) {
      List<TaggedSpan> spans = new ArrayList<>(out.get(u));
      if (caps[u]) addCapsNames(words.get(u), spans, bodyNames, namesByFirst);
      else {
        spans = PiecedNames.join(words.get(u), spans, exactNames);
        addSurnames(words.get(u), spans, surnames);
        addRepeatedNames(words.get(u), spans, exactNames, lowerWords);
      }
      spans.sort(Comparator.comparingInt(TaggedSpan::first));
      out.set(u, spans);
    }
    TableRows.fill(words, out);
    LineUps.retype(words, out);
    return out;
  }

  private static void vote(Map<List<String>, Map<EntityType, Integer>> votes, List<String> key, EntityType type) {
    votes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class)).merge(type, 1, Integer::sum);
  }

  /** Lone surnames of people named in full, where the tagger left them untagged. */
  private static void addSurnames(List<String> words, List<TaggedSpan> spans, Set<String> surnames) {
    if (surnames.isEmpty()) return;
    boolean[] covered = covered(words.size(), spans);
    for (int i = 0; i < words.size(); i++) {
      if (covered[i] || !surnames.contains(words.get(i))) continue;
      // Next to another capitalised word it is part of some other name ("King Hussein").
      if (i + 1 < words.size() && startsUpper(words.get(i + 1))) continue;
      if (i > 0 && startsUpper(words.get(i - 1))) continue;
      spans.add(new TaggedSpan(EntityType.PERSON, i, i));
    }
  }

  /**
   * A name the tagger found elsewhere in the body, written the same way where it missed it
   * ({@code Comelf exported 59 percent} after {@code Comelf , based in Bistrita}), is that name
   * again, with the type most of its mentions have. Only where no capitalised word touches the
   * run, which would make it part of some other name.
   */
  private static void addRepeatedNames(List<String> words, List<TaggedSpan> spans,
      Map<List<String>, Map<EntityType, Integer>> names, Set<String> lowerWords) {
    if (names.isEmpty()) return;
    boolean[] covered = covered(words.size(), spans);
    for (int i = 0; i < words.size(); i++) {
      if (covered[i] || !startsUpper(words.get(i))) continue;
      // A sentence's first word is capitalised anyway: "Mobile phone sales rose" after "Mobile,
      // Alabama" is no place where the article also writes "mobile".
      boolean opener = i == 0 || isQuote(words.get(i - 1));
      if (opener && lowerWords.contains(words.get(i).toLowerCase(Locale.ROOT))) continue;
      // The longest name of the body that starts here.
      for (int n = Math.min(MAX_REPEAT_TOKENS, words.size() - i); n >= 1; n--) {
        Map<EntityType, Integer> votes = names.get(words.subList(i, i + n));
        if (votes == null) continue;
        if (n == 1 && CALENDAR_WORDS.contains(words.get(i))) break; // "It was Christmas again"
        boolean free = true;
        for (int k = i; k < i + n; k++) free &= !covered[k];
        boolean touches = i > 0 && startsUpper(words.get(i - 1)) || i + n < words.size() && startsUpper(words.get(i + n));
        if (free && !touches && words.get(i).length() > 1) {
          spans.add(new TaggedSpan(majority(votes), i, i + n - 1));
          for (int k = i; k < i + n; k++) covered[k] = true;
        }
        break;
      }
    }
  }

  private static final int MAX_REPEAT_TOKENS = 6;

  private static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("``") || w.equals("'") || w.equals("`") || w.equals("\u201c")
        || w.equals("\u2018");
  }

  /** In a line in capitals, untagged runs that spell a name of the body get its type. */
  private static void addCapsNames(List<String> words, List<TaggedSpan> spans,
      Map<List<String>, Map<EntityType, Integer>> bodyNames, Map<String, List<List<String>>> namesByFirst) {
    if (bodyNames.isEmpty()) return;
    // A headline's capitals hide a person from the tagger ("WOODS MAKES PRO DEBUT"): a span
    // the body names only as a person is one; and a "person" of the headline that the body
    // names only as one other thing is that thing (REAL SCRAPE 1-1 DRAW, after Real's goals).
    // Other types keep the tagger's word: the body's DETROIT may be the team where the
    // headline's is the city.
    for (int k = 0; k < spans.size(); k++) {
      TaggedSpan s = spans.get(k);
      Map<EntityType, Integer> votes = bodyNames.get(upper(words.subList(s.first(), s.last() + 1)));
      if (votes != null && votes.size() == 1 && (votes.containsKey(EntityType.PERSON) || s.type() == EntityType.PERSON)) {
        spans.set(k, new TaggedSpan(votes.keySet().iterator().next(), s.first(), s.last()));
      }
    }
    boolean[] covered = covered(words.size(), spans);
    List<String> upper = upper(words);
    // Every place where a body name starts, looked up by the word there; then the longest
    // names first, left to right, each where the words are still free.
    List<TaggedSpan> found = new ArrayList<>();
    for (int i = 0; i < upper.size(); i++) {
      for (List<String> name : namesByFirst.getOrDefault(upper.get(i), List.of())) {
        int n = name.size();
        if (i + n <= upper.size() && upper.subList(i, i + n).equals(name)) {
          found.add(new TaggedSpan(majority(bodyNames.get(name)), i, i + n - 1));
        }
      }
    }
    found.sort(Comparator.comparingInt((TaggedSpan t) -> t.first() - t.last()).thenComparingInt(TaggedSpan::first));
    for (TaggedSpan t : found) {
      boolean free = true;
      for (int k = t.first(); k <= t.last(); k++) free &= !covered[k];
      if (!free) continue;
      spans.add(t);
      for (int k = t.first(); k <= t.last(); k++) covered[k] = true;
    }
  }

  static EntityType majority(Map<EntityType, Integer> votes) {
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /**
   * {@code CITY [, Region] YYYY-MM-DD} alone on a line, the CITY in capitals: a wire story's
   * place line, whose names are places whatever the tagger made of them. Null for other lines.
   */
  static List<TaggedSpan> placeLine(List<String> words) {
    int n = words.size();
    if (n < 2 || n > 8 || !words.get(n - 1).matches("\\d{4}-\\d{2}-\\d{2}")) return null;
    int comma = words.indexOf(",");
    int cityEnd = comma < 0 ? n - 1 : comma;
    if (cityEnd == 0) return null;
    for (int i = 0; i < cityEnd; i++) {
      if (!isCapsWord(words.get(i))) return null;
    }
    List<TaggedSpan> spans = new ArrayList<>();
    spans.add(new TaggedSpan(EntityType.LOCATION, 0, cityEnd - 1));
    if (comma >= 0) {
      if (comma + 1 >= n - 1) return null;
      for (int i = comma + 1; i < n - 1; i++) {
        if (!startsUpper(words.get(i))) return null;
      }
      spans.add(new TaggedSpan(EntityType.LOCATION, comma + 1, n - 2));
    }
    return spans;
  }

  /**
   * {@code Mercantile and Commerce} is two names when the document names one of them alone
   * elsewhere; {@code Organisation for Security and Cooperation in Europe} stays one.
   */
  private static void splitJoinedNames(List<List<String>> words, List<List<TaggedSpan>> spans) {
    Set<List<String>> names = new HashSet<>();
    for (int u = 0; u < words.size(); u++) {
      for (TaggedSpan s : spans.get(u)) names.add(words.get(u).subList(s.first(), s.last() + 1));
    }
    for (int u = 0; u < words.size(); u++) {
      List<String> w = words.get(u);
      List<TaggedSpan> out = new ArrayList<>();
      for (TaggedSpan s : spans.get(u)) {
        int cut = -1;
        int cuts = 0;
        for (int k = s.first() + 1; k < s.last(); k++) {
          if ((w.get(k).equals("and") || w.get(k).equals("or")) && startsUpper(w.get(k - 1)) && startsUpper(w.get(k + 1))) {
            cut = k;
            cuts++;
          }
        }
        if (cuts == 1 && !isOneName(w, s, cut)
            && (names.contains(w.subList(s.first(), cut)) || names.contains(w.subList(cut + 1, s.last() + 1)))) {
          out.add(new TaggedSpan(s.type(), s.first(), cut - 1));
          out.add(new TaggedSpan(s.type(), cut + 1, s.last()));
        } else {
          out.add(s);
        }
      }
      spans.set(u, out);
    }
  }

  /**
   * A firm's {@code Arthur Yates and Co} and a portfolio's {@code Minister of Defence and
   * Aviation} are one name even when the article names {@code Arthur Yates} or {@code Defence}
   * alone.
   */
  private static boolean isOneName(List<String> w, TaggedSpan s, int cut) {
    if (cut + 1 == s.last() && PARTNER_WORDS.contains(w.get(s.last()))) return true;
    return s.first() > 0 && w.get(s.first() - 1).equals("of");
  }

  private static final Set<String> PARTNER_WORDS = Set.of("Co", "Co.", "Company", "Sons",
      "Partners", "Associates");

  /** {@code London-based}, {@code St.Louis-based}: a capitalised place before "-based". */
  private static final java.util.regex.Pattern PLACE_BASED =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.]*-based");

  /** Words that end a company's name. */
  private static final Set<String> COMPANY_ENDINGS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Co",
      "Co.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "AG", "SA", "S.A.", "NV", "N.V.", "Group",
      "Bancorp", "Holdings", "Cos", "Industries", "International", "Corporation", "Company",
      "Limited", "Bhd", "SpA", "GmbH", "Oyj", "AB", "ASA", "BV", "Pty", "LLC");

  /**
   * {@code Jones}, after {@code Jones Medical Industries Inc}, is the company, not a person,
   * unless the document also names a person of that surname ({@code Michael Dell}). A lone
   * head the tagger calls a place keeps that type: {@code China} heads China Three Gorges
   * Project Corp and is still the country in {@code China's}. A name that ends in a company
   * word is a company even where the tagger calls it a person or a place ({@code Apic Yamada
   * Corp}), and a person-tagged run of its words before that word ({@code Apic Yamada}) is too.
   */
  private static void retypeCompanyHeads(List<List<String>> words, List<List<TaggedSpan>> spans) {
    Set<List<String>> stems = new HashSet<>();
    Set<String> personWords = new HashSet<>();
    for (int u = 0; u < words.size(); u++) {
      List<TaggedSpan> out = new ArrayList<>(spans.get(u));
      for (int k = 0; k < out.size(); k++) {
        TaggedSpan s = out.get(k);
        List<String> name = words.get(u).subList(s.first(), s.last() + 1);
        boolean company = name.size() >= 2 && COMPANY_ENDINGS.contains(name.get(name.size() - 1));
        // "Apic Yamada Corp" is a company whatever the tagger made of the words before "Corp".
        if (company && (s.type() == EntityType.PERSON || s.type() == EntityType.LOCATION)) {
          s = new TaggedSpan(EntityType.ORGANIZATION, s.first(), s.last());
          out.set(k, s);
        }
        if (company && s.type() == EntityType.ORGANIZATION) {
          stems.add(List.of(name.get(0)));
          stems.add(List.copyOf(name.subList(0, name.size() - 1)));
        }
        if (s.type() == EntityType.PERSON && name.size() >= 2) personWords.addAll(name);
      }
      spans.set(u, out);
    }
    stems.removeIf(stem -> stem.size() == 1 && personWords.contains(stem.get(0)));
    if (stems.isEmpty()) return;
    for (int u = 0; u < words.size(); u++) {
      List<TaggedSpan> out = new ArrayList<>(spans.get(u));
      for (int k = 0; k < out.size(); k++) {
        TaggedSpan s = out.get(k);
        if (s.type() == EntityType.PERSON && stems.contains(words.get(u).subList(s.first(), s.last() + 1))) {
          out.set(k, new TaggedSpan(EntityType.ORGANIZATION, s.first(), s.last()));
        }
      }
      spans.set(u, out);
    }
  }

  /** Holidays and weekdays, which the tagger takes for a person at the start of a sentence. */
  static final Set<String> CALENDAR_WORDS = Set.of("Christmas", "Xmas", "Easter",
      "Thanksgiving", "Halloween", "Hanukkah", "Ramadan", "Diwali", "Monday", "Tuesday",
      "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /**
   * {@code Christmas is a special time}: a holiday or a weekday alone is no person. (Months
   * are left alone: May, June and April are names too.)
   */
  private static List<TaggedSpan> withoutCalendarPeople(List<String> words, List<TaggedSpan> spans) {
    return spans.stream().filter(s -> !(s.type() == EntityType.PERSON && s.first() == s.last()
        && CALENDAR_WORDS.contains(words.get(s.first())))).toList();
  }

  /** {@code Boston-based Reagan Communications} becomes MISC {@code Boston-based} and the rest. */
  private static List<TaggedSpan> splitBased(List<String> words, List<TaggedSpan> spans) {
    List<TaggedSpan> out = new ArrayList<>(spans.size());
    // Where the tagger saw no name at all ("London-based diplomats"), the word is one alone.
    boolean[] covered = covered(words.size(), spans);
    for (int i = 0; i < words.size(); i++) {
      if (!covered[i] && PLACE_BASED.matcher(words.get(i)).matches()) out.add(new TaggedSpan(EntityType.MISC, i, i));
    }
    for (TaggedSpan s : spans) {
      if (s.last() > s.first() && words.get(s.first()).toLowerCase(Locale.ROOT).endsWith("-based")) {
        out.add(new TaggedSpan(EntityType.MISC, s.first(), s.first()));
        // The tagger calls the whole MISC for the "-based"; what is based somewhere is a body.
        EntityType rest = s.type() == EntityType.MISC ? EntityType.ORGANIZATION : s.type();
        out.add(new TaggedSpan(rest, s.first() + 1, s.last()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** Most of its words (at least two) are in capitals: a headline or a table heading. */
  static boolean isCapsLine(List<String> words) {
    int alpha = 0;
    int upper = 0;
    for (String w : words) {
      if (w.codePoints().noneMatch(Character::isLetter)) continue;
      alpha++;
      if (isCapsWord(w)) upper++;
    }
    return alpha >= 2 && upper >= 0.8 * alpha;
  }

  private static boolean isCapsWord(String w) {
    return w.codePoints().anyMatch(Character::isLetter) && w.codePoints().noneMatch(Character::isLowerCase);
  }

  private static boolean isCapitalisedWord(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.codePoints().anyMatch(Character::isLowerCase);
  }

  private static boolean startsUpper(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private static List<String> upper(List<String> words) {
    return words.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
  }

  private static boolean[] covered(int size, List<TaggedSpan> spans) {
    boolean[] covered = new boolean[size];
    for (TaggedSpan s : spans) {
      for (int k = s.first(); k <= s.last(); k++) covered[k] = true;
    }
    return covered;
  }
}
