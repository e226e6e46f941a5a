package newsgraph.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Span;
import newsgraph.document.Token;
import newsgraph.pipeline.Stage;

/**
 * Adds {@code roles}: the titles and descriptions the article gives a person or a body, and
 * keeps them out of the name. Needs sentences, tokens and the entities of {@link EntityRecognizer};
 * runs before {@link EntityClusterer}, which joins the roles of the mentions it merges.
 *
 * <ul>
 *   <li>a title in front of a name: {@code Turkish Foreign Minister Selin Aydemir},
 *       {@code US Senator-elect Jo Park}, {@code Kremlin spokesman Arkady Voronin} (a title the
 *       tagger put inside the name, {@code Justice F. A. Adeyemi}, is moved out of it);</li>
 *   <li>a description in apposition after the name: {@code Anna Smith, the foreign minister,};</li>
 *   <li>a description in apposition before it: {@code the bank's chief executive, Tom Ng}.</li>
 * </ul>
 * A phrase counts only if a role noun heads it ({@link RoleLexicon}), so {@code Smith, who
 * arrived on Monday,} gives no role.
 */
public final class RoleFinder implements Stage {
  private static final int MAX_TITLE_TOKENS = 5;
  /** Words of a title's complement: {@code for Public Health}, {@code of Defence and Aviation Prince}. */
  private static final int MAX_COMPLEMENT_TOKENS = 5;
  /** Capitalised words that open a sentence without being part of a title. */
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "in", "on", "at", "but", "and",
      "yesterday", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "when", "after", "before", "meanwhile", "however", "also", "then",
      "as", "with", "for", "from", "by", "of", "to", "if", "while", "last", "this", "that", "mr",
      "mrs", "ms", "under", "since", "until", "despite", "during", "without", "about", "among",
      "against", "into", "over", "through", "like", "unlike", "following", "now", "so", "even",
      "only", "although", "though", "because", "once", "how", "why", "what", "both", "not",
      "unless", "whether", "upon", "within", "amid", "across", "around", "near", "via", "earlier",
      "later", "separately", "elsewhere", "instead", "currently", "previously", "recently",
      "already", "still", "again", "finally", "initially", "indeed", "yet", "here", "there");

  @Override
  public Document apply(Document doc) {
    if (doc.entities().isEmpty()) return doc;
    CodePointIndex index = CodePointIndex.of(doc.text());
    Sentences sentences = new Sentences(doc, index);
    Set<Integer> personStarts = new HashSet<>();
    Set<String> people = new HashSet<>();
    TreeMap<Integer, Integer> mentions = new TreeMap<>();
    for (Entity e : doc.entities()) {
      if (e.type() == EntityType.PERSON) people.add(e.name());
      for (Mention m : e.mentions()) {
        if (e.type() == EntityType.PERSON) personStarts.add(m.span().start());
        mentions.merge(m.span().start(), m.span().end(), Math::max);
      }
    }
    Around around = new Around(sentences, personStarts, people, mentions, index);
    List<List<Found>> founds = new ArrayList<>();
    Set<String> bodies = new HashSet<>();
    for (Entity e : doc.entities()) {
      List<Found> of = new ArrayList<>();
      for (Mention m : e.mentions()) {
        Found found = rolesOf(around, e.type(), m);
        of.add(found);
        if (found.body) bodies.add(e.name());
      }
      founds.add(of);
    }
    // The surname-like last word of a body's name is the body too ("Hardie" after "James Hardie").
    for (String name : List.copyOf(bodies)) {
      int space = name.lastIndexOf(' ');
      if (space > 0) bodies.add(name.substring(space + 1));
    }
    Map<String, RawEntity> regrouped = new LinkedHashMap<>();
    for (int i = 0; i < founds.size(); i++) {
      Entity e = doc.entities().get(i);
      boolean body = e.type() == EntityType.PERSON && bodies.contains(e.name());
      for (Found found : founds.get(i)) {
        // "Tods Murray, the Edinburgh law firm,": what the article says it is, it is, in every mention.
        EntityType type = body ? EntityType.ORGANIZATION : found.type;
        regrouped.computeIfAbsent(type + "\u0000" + found.mention.text(),
            k -> new RawEntity(type, found.mention.text())).add(found);
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (RawEntity r : regrouped.values()) {
      entities.add(new Entity("e" + (entities.size() + 1), r.type, r.name, List.of(),
          r.roles, r.mentions, null));
    }
    return doc.withEntities(entities);
  }

  /** {@code body}: a person by type, but an apposition says it is a body. */
  private record Found(EntityType type, Mention mention, List<String> roles, boolean body) {
    Found(EntityType type, Mention mention, List<String> roles) {
      this(type, mention, roles, false);
    }
  }

  /**
   * Letters after a person's name: {@code Guy Mansfield QC}, {@code Ann Lee OBE}. Not MP or MEP,
   * which follow a constituency more often than a name ({@code the Ealing North MP}).
   */
  private static final Set<String> POST_NOMINALS = Set.of("QC", "KC", "OBE", "MBE", "CBE", "KBE",
      "DBE", "FRS", "PhD");

  /** Titles that only people carry: a name after one is a person's, whatever the tagger said. */
  private static final Set<String> PERSON_TITLES = Set.of("president", "justice", "judge",
      "senator", "minister", "governor", "mayor", "general", "captain", "colonel", "dr", "prof",
      "professor", "sir", "lord", "lady", "king", "queen", "prince", "princess", "pope", "sheikh",
      "councillor", "chancellor", "ambassador", "bishop", "archbishop", "rabbi", "imam");

  private static final class RawEntity {
    final EntityType type;
    final String name;
    final List<Mention> mentions = new ArrayList<>();
    final List<String> roles = new ArrayList<>();

    RawEntity(EntityType type, String name) {
      this.type = type;
      this.name = name;
    }

    void add(Found found) {
      mentions.add(found.mention);
      for (String role : found.roles) addRole(roles, role);
    }
  }

  /** Adds {@code role} unless the list has it already, in any case. */
  static void addRole(List<String> roles, String role) {
    for (String r : roles) if (r.equalsIgnoreCase(role)) return;
    roles.add(role);
  }

  /** What the article holds around a mention: its sentences, its people and all its names' spans. */
  private record Around(Sentences sentences, Set<Integer> personStarts, Set<String> people,
      TreeMap<Integer, Integer> mentions, CodePointIndex index) {}

  private Found rolesOf(Around around, EntityType type, Mention mention) {
    Set<Integer> personStarts = around.personStarts();
    TreeMap<Integer, Integer> mentions = around.mentions();
    CodePointIndex index = around.index();
    Sentences.View sentence = around.sentences().of(mention.span());
    if (sentence == null) return new Found(type, mention, List.of());
    List<Token> tokens = sentence.tokens();
    List<String> words = sentence.words();
    int first = sentence.firstStartingAtOrAfter(mention.span().start());
    int end = sentence.endOfLastEndingBy(mention.span().end());
    if (first < 0 || end <= first) return new Found(type, mention, List.of());
    // "Justice Folake Adeyemi" tagged as an organisation is a judge: a person's title and a name.
    if (type != EntityType.PERSON && end - first >= 3
        && PERSON_TITLES.contains(words.get(first).toLowerCase(Locale.ROOT))
        && Character.isUpperCase(words.get(first + 1).charAt(0))) {
      type = EntityType.PERSON;
    }
    // "DJ Lisa I'Anson" or "Model Caprice" as one body, where the article names the person alone.
    if (type != EntityType.PERSON && end - first >= 2 && isCapitalised(words.get(first))
        && RoleLexicon.isPersonHead(words.get(first))
        && around.people().contains(index.substring(new Span(tokens.get(first + 1).span().start(), mention.span().end())))) {
      type = EntityType.PERSON;
    }

    List<String> roles = new ArrayList<>();
    int tail = end; // an apposition follows the mention as written, letters and all
    // "Guy Mansfield QC": letters after a name of two or more capitalised words are an honour or
    // a rank, and the name is a person's, whatever the tagger made of it; not a title before the
    // next name.
    if (end - first >= 3 && POST_NOMINALS.contains(words.get(end - 1))
        && isCapitalised(words.get(first)) && isCapitalised(words.get(end - 2))
        && !(end < words.size() && isCapitalised(words.get(end)))) {
      type = EntityType.PERSON;
      roles.add(words.get(end - 1));
      end--;
      Span trimmed = new Span(mention.span().start(), tokens.get(end - 1).span().end());
      mention = new Mention(trimmed, index.substring(trimmed));
    }
    String before = null;
    String after = null;
    boolean titledBody = false;
    if (type == EntityType.PERSON) {
      // A title the tagger took into the name.
      int nameStart = first;
      while (nameStart < end - 1 && (RoleLexicon.isHead(words.get(nameStart)) || isHonorific(words.get(nameStart)))
          && Character.isUpperCase(words.get(nameStart).charAt(0))) {
        nameStart++;
      }
      // Honorifics right before the name, inside the mention or not ("Minister Dr Joseph
      // Kiprono"): the title stands before them; Dr and Prof are roles of their own, Mr is none.
      int honorifics = nameStart;
      while (honorifics > 0 && isHonorific(words.get(honorifics - 1))) honorifics--;
      int titleStart = titleBefore(words, honorifics);
      if (titleStart < honorifics) titleStart = wholeNameAt(sentence, mentions, titleStart);
      int last = honorifics - 1;
      if (titleStart < last && RoleLexicon.isPersonHead(words.get(last)) && !RoleLexicon.isHead(words.get(last - 1))
          && isCapitalised(words.get(last - 1)) && personHeadsComplement(words, titleStart, last)) {
        // "Minister of Defence and Aviation Prince Sultan": a portfolio, then a title of its own.
        roles.add(span(index, tokens, titleStart, last));
        roles.add(words.get(last));
      } else if (titleStart < honorifics) {
        roles.add(span(index, tokens, titleStart, honorifics));
        // "security firm Clearswift": one word named after a body's noun is a body. Not two:
        // "insurer Thierry Dehaan", "the party Vladimir Zhirinovsky" are people in Reuters' style.
        titledBody = honorifics == nameStart && end - nameStart == 1 && RoleLexicon.isBodyOnlyHead(words.get(last));
      }
      for (int i = honorifics; i < nameStart; i++) {
        if (!PLAIN_HONORIFICS.contains(bare(words.get(i)))) roles.add(words.get(i));
      }
      if (nameStart > first) {
        Span trimmed = new Span(tokens.get(nameStart).span().start(), mention.span().end());
        mention = new Mention(trimmed, index.substring(trimmed));
      }
      before = Appositions.before(words, tokens, index, Math.min(first, honorifics));
      if (before != null) roles.add(before);
    }
    if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
      // "Prior to working for Mr Blair, David Miliband spent time at ...": a person named after
      // the comma opens a clause of their own, not a description of the first, and "Subir Raha,
      // Gazprom chairman Aleksey Miller and ..." is a list of people.
      after = Appositions.after(words, tokens, index, tail, personStarts);
      if (after != null) roles.add(after);
    }
    // An apposition that opens with a name ("Ta Mok, Son Sen's group") may be the next item of a list.
    boolean plainAfter = after != null && Character.isLowerCase(words.get(tail + 1).codePointAt(0));
    boolean body = type == EntityType.PERSON
        && (titledBody || before != null && Appositions.describesBody(before) || plainAfter && Appositions.describesBody(after));
    return new Found(type, mention, roles, body);
  }

  /**
   * The title's start moved back to the start of a name it begins inside or after {@code of}:
   * {@code England deputy governor} is {@code Bank of England deputy governor} whether the tagger
   * found {@code Bank of England} or {@code Bank} and {@code England}.
   */
  private static int wholeNameAt(Sentences.View sentence, TreeMap<Integer, Integer> mentions, int titleStart) {
    List<Token> tokens = sentence.tokens();
    if (titleStart >= tokens.size()) return titleStart;
    int at = tokens.get(titleStart).span().start();
    Map.Entry<Integer, Integer> before = mentions.lowerEntry(at);
    if (before != null && before.getValue() > at) {
      int start = sentence.firstStartingAtOrAfter(before.getKey());
      return start >= 0 && start < titleStart ? start : titleStart;
    }
    if (titleStart >= 2 && sentence.words().get(titleStart - 1).equals("of") && mentions.containsKey(at)) {
      Map.Entry<Integer, Integer> owner = mentions.lowerEntry(tokens.get(titleStart - 1).span().start());
      if (owner != null && owner.getValue() == tokens.get(titleStart - 2).span().end()) {
        int start = sentence.firstStartingAtOrAfter(owner.getKey());
        if (start >= 0 && start < titleStart) return start;
      }
    }
    return titleStart;
  }

  /** Start of a title ending right before token {@code first}, or {@code first} when there is none. */
  private static int titleBefore(List<String> words, int first) {
    if (first == 0) return first;
    int head = headOfComplement(words, first);
    if (head < 0 && RoleLexicon.isHead(words.get(first - 1))) head = first - 1;
    if (head < 0) return first;
    int start = head;
    while (start > 0 && head - start < MAX_TITLE_TOKENS - 1) {
      String w = words.get(start - 1);
      boolean capitalised = Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
      if (OPENERS.contains(w.toLowerCase(Locale.ROOT))) break;
      if (!RoleLexicon.isModifier(w) && !capitalised) break;
      start--;
    }
    return start;
  }

  /**
   * {@code Principal Secretary for Public Health NAME}, {@code Secretary of State NAME}: the
   * capitalised head before {@code for} or {@code of} and a few capitalised words that end right
   * before {@code first}; -1 when there is none.
   */
  private static int headOfComplement(List<String> words, int first) {
    int j = first - 1;
    while (j >= 0 && first - j <= MAX_COMPLEMENT_TOKENS
        && (isCapitalised(words.get(j)) || isInnerAnd(words, j, first))) {
      j--;
    }
    if (j == first - 1 || j < 1 || first - j > MAX_COMPLEMENT_TOKENS) return -1;
    // "President of the Trade and Industry Board"
    if (words.get(j).equals("the") && j >= 2 && (words.get(j - 1).equals("of") || words.get(j - 1).equals("for"))) j--;
    String link = words.get(j);
    String head = words.get(j - 1);
    if (!link.equals("for") && !link.equals("of")) return -1;
    // A body's name ("Bank of England") is no title.
    return RoleLexicon.isPersonHead(head) && isCapitalised(head) ? j - 1 : -1;
  }

  /** {@code and} or {@code &} between two capitalised words of a complement, before {@code first}. */
  private static boolean isInnerAnd(List<String> words, int j, int first) {
    String w = words.get(j);
    return (w.equals("and") || w.equals("&")) && j > 0 && j + 1 < first
        && isCapitalised(words.get(j - 1)) && isCapitalised(words.get(j + 1));
  }

  /**
   * Whether a person's post heads an {@code of} or {@code for} complement in the title {@code
   * [start, end)}: {@code Minister of Defence}, not a body's {@code Bank of England}.
   */
  private static boolean personHeadsComplement(List<String> words, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      if ((words.get(i).equals("of") || words.get(i).equals("for")) && RoleLexicon.isPersonHead(words.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
  }

  /** Courtesy and academic titles written before a name. */
  private static final Set<String> HONORIFICS = Set.of("dr", "prof", "mr", "mrs", "ms", "miss",
      "mx", "sir", "dame");
  /** Honorifics that say nothing of what someone does: no role. */
  private static final Set<String> PLAIN_HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx");

  static boolean isHonorific(String w) {
    return HONORIFICS.contains(bare(w)) && isCapitalised(w);
  }

  private static String bare(String w) {
    return (w.endsWith(".") ? w.substring(0, w.length() - 1) : w).toLowerCase(Locale.ROOT);
  }

  static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("\u201d")
        || w.equals("\u2018") || w.equals("\u2019") || w.equals("'") || w.equals("`");
  }

  static String span(CodePointIndex index, List<Token> tokens, int from, int to) {
    return index.substring(new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end()));
  }
}
