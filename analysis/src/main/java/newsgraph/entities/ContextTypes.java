package newsgraph.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;

/**
 * Types that the words around a name settle where the tagger guessed from the name alone. The
 * tagger calls an unfamiliar capitalised word a place or a person; what the sentence does with
 * it, and whether the gazetteer knows it as a place, say otherwise.
 *
 * <ul>
 *   <li>A place the gazetteer does not know that begins the name of an organisation of the same
 *       document is that organisation's short form ({@code Shares in Thameside} after
 *       {@code Thameside Bank}); a known place stays one ({@code London} beside the London
 *       Stock Exchange).</li>
 *   <li>A place the gazetteer does not know that speaks, across a relative clause
 *       ({@code Pulsetrack, which is owned by ..., said}), or that is owned, run or based
 *       somewhere, is an organisation: places are none of these.</li>
 *   <li>A known place followed by a plural noun that is no place word ({@code Goa Gulls},
 *       {@code Nagpur Nomads}) is a team or a body; {@code Cayman Islands}, {@code Golan Heights}
 *       stay places.</li>
 *   <li>A "person" listed with places ({@code Dhemaji, Lakhimpur and Barpeta districts}), set
 *       in apposition to a place noun ({@code Majuli, the river island}), or whose whole
 *       several-word name is a country or a first-level region ({@code Arunachal Pradesh}) is a
 *       place.</li>
 *   <li>A known place that the tagger called an organisation, joined by {@code and} or
 *       {@code or} to a place ({@code drive to Hereford or Shrewsbury}), is a place.</li>
 *   <li>A name after {@code club}, {@code team}, {@code side} ({@code first division team
 *       Deportivo Coruna}) is a club, unless a country's own name; so is a town before a
 *       team's post and a person ({@code Norwich striker Keith O'Neill}).</li>
 *   <li>A body or place whose name ends in a competition's word ({@code Davis Cup}) is the
 *       competition (MISC).</li>
 *   <li>A "person" or MISC name that ends in a body's word ({@code American Stock Exchange},
 *       {@code Amnesty International}) is an organisation, unless a number after it makes it
 *       an index's ({@code Financial Times-Stock Exchange 100}).</li>
 *   <li>A MISC name, or one the gazetteer knows, before a place noun ({@code the al-Ram
 *       checkpoint}, {@code al-Daih village}) is a place, unless it reads as an adjective
 *       ({@code Transylvanian town}, {@code Moslem enclave}).</li>
 *   <li>A name after a place noun and "of" ({@code the northern city of Groningen}) is that
 *       place, whatever the tagger called it.</li>
 *   <li>A country's own name that the tagger called an organisation ({@code CANADA BEAT PANAMA
 *       3-1}) is the country, national team or not, unless it begins a longer organisation's
 *       name or stands in a results table's columns or in brackets, where clubs and racing teams
 *       go by countries' names ({@code Enzo Scifo ( Monaco )}).</li>
 *   <li>A lone "person" that speaks or is owned across a {@code which} clause, or whose word
 *       begins an organisation's name that no person of the article shares, is a body; one
 *       after {@code in} that the gazetteer knows as a town is a place ({@code in Yiwu}); one
 *       before a post and a person ({@code Deportivo chairman Augusto Lendoiro}, not {@code
 *       Clinton spokesman Mike McCurry}) is where the post is held.</li>
 * </ul>
 * Then {@link SharedNameTypes} settles what a name's other mentions decide.
 */
final class ContextTypes {
  /** Nouns that make a name in apposition or after a list a place. */
  private static final Set<String> PLACE_NOUNS = Set.of("island", "islands", "district",
      "districts", "town", "towns", "village", "villages", "city", "cities", "province",
      "provinces", "state", "states", "region", "regions", "county", "counties", "river", "rivers",
      "port", "capital", "suburb", "suburbs", "municipality", "prefecture", "valley", "peninsula",
      "enclave", "oblast", "republic", "territory", "township", "hamlet", "atoll", "archipelago");

  /** Words after a noun phrase that end it. */
  private static final Set<String> PHRASE_ENDS = Set.of(",", ".", ";", ":", ")", "of", "in",
      "near", "on", "where", "which", "and", "--", "-");

  private ContextTypes() {}

  static List<List<TaggedSpan>> apply(List<List<String>> words, List<List<TaggedSpan>> tagged, Places places) {
    Set<List<String>> organisations = new HashSet<>();
    Set<String> people = new HashSet<>();
    for (int u = 0; u < words.size(); u++) {
      for (TaggedSpan s : tagged.get(u)) {
        if (s.type() == EntityType.ORGANIZATION && s.last() > s.first()) {
          // Every proper beginning of the name, so that a look-up is one hash probe.
          for (int end = s.first() + 1; end <= s.last(); end++) {
            organisations.add(List.copyOf(words.get(u).subList(s.first(), end)));
          }
        }
        // Surnames: a person is called by the last word of the full name (Clinton), a club
        // the tagger took for one by its first (Deportivo of Deportivo Coruna).
        if (s.type() == EntityType.PERSON && s.last() > s.first()) people.add(words.get(u).get(s.last()));
      }
    }
    List<List<TaggedSpan>> out = new ArrayList<>(tagged.size());
    Set<List<String>> bodies = new HashSet<>();
    for (int u = 0; u < words.size(); u++) {
      List<String> w = words.get(u);
      List<TaggedSpan> spans = new ArrayList<>(tagged.get(u));
      for (int k = 0; k < spans.size(); k++) {
        TaggedSpan s = spans.get(k);
        EntityType type = retype(w, spans, k, organisations, people, places);
        // A body that the words around one mention made of a "person" is that body wherever
        // else it is called a person, unless it is a person's surname in the article (Clinton).
        boolean surname = s.first() == s.last() && people.contains(w.get(s.first()));
        if (type == EntityType.ORGANIZATION && !surname
            && (s.type() == EntityType.PERSON || beforeHeldPost(w, spans, k, people))) {
          bodies.add(List.copyOf(w.subList(s.first(), s.last() + 1)));
        }
        if (type == s.type()) continue;
        spans.set(k, new TaggedSpan(type, s.first(), s.last()));
      }
      out.add(spans);
    }
    SharedNameTypes.apply(words, out, places, bodies);
    return out;
  }

  private static EntityType retype(List<String> w, List<TaggedSpan> spans, int k,
      Set<List<String>> organisations, Set<String> people, Places places) {
    TaggedSpan s = spans.get(k);
    List<String> name = w.subList(s.first(), s.last() + 1);
    String text = String.join(" ", name);
    if (s.type() == EntityType.LOCATION && !places.known(text)) {
      if (beginsOrganisation(name, organisations) || RelativeClauses.speaksOrIsOwned(w, s.last() + 1)) {
        return EntityType.ORGANIZATION;
      }
    }
    // "Norwich striker Keith O'Neill": a town before a player's or a team's post and a person
    // is the club; countries and regions field national sides, which stay places (England
    // captain Will Carling).
    if (s.type() == EntityType.LOCATION && TeamNames.isTeamPost(wordAt(w, s.last() + 1))
        && k + 1 < spans.size() && spans.get(k + 1).type() == EntityType.PERSON
        && spans.get(k + 1).first() == s.last() + 2 && !places.countryOrRegion(text)) {
      return EntityType.ORGANIZATION;
    }
    // Places only: a person's surname is often a plural-looking word after a first name that is
    // also some town's name (Marcus Hollings).
    if (s.type() == EntityType.LOCATION && TeamNames.isTeamName(name, places)) {
      return EntityType.ORGANIZATION;
    }
    if ((s.type() == EntityType.MISC || s.type() == EntityType.PERSON) && name.size() >= 2
        && BODY_ENDINGS.contains(name.get(name.size() - 1)) && !namesAnIndex(w, s.last() + 1)) {
      return EntityType.ORGANIZATION;
    }
    // "the Davis Cup", "the Hong Kong Open": a competition is an event, whoever holds it.
    if ((s.type() == EntityType.ORGANIZATION || s.type() == EntityType.LOCATION) && name.size() >= 2
        && EVENT_ENDINGS.contains(name.get(name.size() - 1).toLowerCase(Locale.ROOT))) {
      return EntityType.MISC;
    }
    if (s.type() != EntityType.LOCATION && afterPlaceNounOf(w, s.first())) return EntityType.LOCATION;
    // "first division team Deportivo Coruna", "serie A club Atalanta": a club, unless a
    // country's national side ("holders Brazil").
    if (s.type() != EntityType.ORGANIZATION && s.first() > 0 && TeamNames.isClubNoun(w.get(s.first() - 1))
        && !places.country(text)) {
      return EntityType.ORGANIZATION;
    }
    if ((s.type() == EntityType.MISC || places.known(text)) && beforePlaceNoun(w, s.last())
        && !adjectival(name.get(name.size() - 1))) {
      return EntityType.LOCATION;
    }
    // "drive to Hereford or Shrewsbury": a known place joined to a place is one.
    if (s.type() == EntityType.ORGANIZATION && places.known(text)
        && (k + 1 < spans.size() && spans.get(k + 1).type() == EntityType.LOCATION && coordinated(w, s, spans.get(k + 1))
            || k > 0 && spans.get(k - 1).type() == EntityType.LOCATION && coordinated(w, spans.get(k - 1), s))) {
      return EntityType.LOCATION;
    }
    // A country's own name is the country, also as a national team (CANADA BEAT PANAMA 3-1),
    // unless it begins a longer organisation's name or stands in a results table's columns,
    // where clubs and racing teams share countries' names (Monaco, Jordan).
    if (s.type() == EntityType.ORGANIZATION && places.country(text) && !beginsOrganisation(name, organisations)
        && !inTableOrBrackets(w, s)) {
      return EntityType.LOCATION;
    }
    if (s.type() == EntityType.PERSON) {
      // People are "who": a "person" that speaks or is owned across a "which" clause is a body
      // (Pulsetrack, which is owned by ..., said), and a lone "person" whose word begins an
      // organisation of the article that no person shares is its short form (Thameside).
      if (s.last() + 2 < w.size() && w.get(s.last() + 1).equals(",") && w.get(s.last() + 2).equals("which")
          && RelativeClauses.speaksOrIsOwned(w, s.last() + 1)) {
        return EntityType.ORGANIZATION;
      }
      if (name.size() == 1 && beginsOrganisation(name, organisations) && !people.contains(name.get(0))) {
        return EntityType.ORGANIZATION;
      }
      // "Deportivo chairman Augusto Lendoiro": a name before a person's post and another person
      // is where the post is held, never a person.
      if (beforeHeldPost(w, spans, k, people)) {
        if (!places.known(text)) return EntityType.ORGANIZATION;
        // A town's club ("Chelsea boss Jose Mourinho"), but a country's side ("France coach")
        // and a town's MP stay places.
        String post = w.get(s.last() + 1);
        boolean club = TeamNames.isTeamPost(post) || CLUB_POSTS.contains(post);
        return club && !places.countryOrRegion(text) ? EntityType.ORGANIZATION : EntityType.LOCATION;
      }
      // "in Yiwu": a town of some size the gazetteer knows ("in Sampras 's" is a person's, and
      // "believe in God" no hamlet's).
      if (s.first() > 0 && w.get(s.first() - 1).equals("in") && !"'s".equals(s.last() + 1 < w.size() ? w.get(s.last() + 1) : "")
          && places.town(text)) {
        return EntityType.LOCATION;
      }
      if (name.size() >= 2 && places.countryOrRegion(text)) return EntityType.LOCATION;
      if (inApposition(w, s.last() + 1)) return EntityType.LOCATION;
      if (listedWithPlaces(w, spans, k, places.known(text))) return EntityType.LOCATION;
    }
    return s.type();
  }

  /**
   * Posts held at a club, a company or a country ({@code Deportivo chairman}, {@code France
   * coach}); not a spokesman or an aide, who speak for a person ({@code Clinton spokesman}).
   */
  private static final Set<String> HELD_POSTS = Set.of("chairman", "chairwoman", "coach",
      "manager", "president", "director", "owner", "captain", "striker", "goalkeeper",
      "midfielder", "defender", "skipper", "trainer", "chief", "boss", "leader", "MP", "MEP");

  /** Held posts that, after a town's name, are a club's. */
  private static final Set<String> CLUB_POSTS = Set.of("boss", "manager", "chairman", "owner");

  private static String wordAt(List<String> w, int i) {
    return i >= 0 && i < w.size() ? w.get(i) : "";
  }

  /** {@code NAME chairman PERSON}, the name no person's surname ({@code Clinton spokesman}). */
  private static boolean beforeHeldPost(List<String> w, List<TaggedSpan> spans, int k, Set<String> people) {
    TaggedSpan s = spans.get(k);
    return k + 1 < spans.size() && spans.get(k + 1).type() == EntityType.PERSON
        && spans.get(k + 1).first() == s.last() + 2 && HELD_POSTS.contains(w.get(s.last() + 1))
        && !(s.first() == s.last() && people.contains(w.get(s.first())));
  }

  /** Place nouns that name the place they are "of": {@code the northern city of Groningen}. */
  private static final Set<String> PLACE_OF = Set.of("city", "town", "village", "province",
      "region", "port", "island", "district", "suburb", "county", "municipality",
      "prefecture", "enclave", "township", "hamlet", "outskirts");

  /**
   * Last words of a body's name ({@code American Stock Exchange}, {@code Amnesty International},
   * {@code Warner Bros}), never of a person's or an event's. Not Bank, Union, Federation, Court
   * or League, which also end places (West Bank, Soviet Union, Russian Federation) and
   * competitions (American League).
   */
  private static final Set<String> BODY_ENDINGS = Set.of("Party", "Commission", "Ministry",
      "Exchange", "Association", "Council", "Department", "Service", "Group", "Authority",
      "Committee", "Airways", "Airlines", "Board", "Front", "Corporation", "Army", "International",
      "Agency", "Organisation", "Organization", "Office", "Institute", "Company", "Fund", "Club",
      "Foundation", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Plc", "PLC", "Co", "Co.", "AG",
      "NV", "Bros", "Bros.", "Holdings", "Bancorp", "Industries", "Technologies");

  /**
   * {@code Financial Times-Stock Exchange 100 index}: a number after the name makes it an
   * index's ({@code the American Stock Exchange index} is still the exchange's).
   */
  private static boolean namesAnIndex(List<String> w, int after) {
    return after < w.size() && w.get(after).chars().allMatch(Character::isDigit);
  }

  /**
   * Last words of a competition's name ({@code Davis Cup}, {@code Greater Milwaukee Open}). Not
   * League, Rally or Tour, which end bodies' names too (Awami League, Democratic Rally, ATP
   * Tour), nor Olympics (Special Olympics).
   */
  private static final Set<String> EVENT_ENDINGS = Set.of("cup", "open", "championship",
      "championships", "classic", "prix", "masters", "prize", "series", "slam",
      "stakes", "trophy", "tournament", "marathon", "invitational");

  /** Place nouns that a place's name comes before: {@code the al-Ram checkpoint}. */
  private static final Set<String> PLACE_BEFORE = Set.of("village", "town", "city", "district",
      "province", "region", "checkpoint", "airport", "port",
      "valley", "suburb", "county", "township", "enclave", "neighbourhood", "neighborhood",
      "quarter", "prison", "border", "crossing");

  /** {@code NAME village}, the noun in lower case. */
  private static boolean beforePlaceNoun(List<String> w, int last) {
    return last + 1 < w.size() && PLACE_BEFORE.contains(w.get(last + 1));
  }

  /**
   * Ends like an adjective of a people or a faith ({@code Transylvanian town}, {@code Kurdish
   * region}, {@code Thai border}, {@code Catholic church}, {@code Serb-held town}): such a word before a place noun
   * describes the place, it does not name it.
   */
  private static boolean adjectival(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int dash = word.lastIndexOf('-');
    if (dash > 0 && dash + 1 < word.length() && isLowerWord(word.substring(dash + 1))) return true; // Serb-held
    return lower.equals("moslem") || lower.equals("muslim") || lower.endsWith("ist") || lower.endsWith("ox")
        || lower.endsWith("an") || lower.endsWith("en") || lower.endsWith("ish") || lower.endsWith("ese")
        || lower.endsWith("ic") || lower.endsWith("i") || lower.endsWith("ch") || lower.endsWith("ern");
  }

  /** {@code city of NAME}, the noun in lower case: the name is that place. */
  private static boolean afterPlaceNounOf(List<String> w, int first) {
    return first >= 2 && w.get(first - 1).equals("of") && PLACE_OF.contains(w.get(first - 2));
  }

  /**
   * The name stands in brackets or after one ({@code Enzo Scifo ( Monaco )}, {@code Brundle (
   * Britain ) Jordan}), or before a bare number or a time ({@code Monaco 3 1 1 1 5 3 4},
   * {@code Guingamp 2 Monaco 1}): a column of a results table, where a country's name is often
   * a club or a team's.
   */
  private static boolean inTableOrBrackets(List<String> w, TaggedSpan s) {
    String before = s.first() > 0 ? w.get(s.first() - 1) : "";
    String after = s.last() + 1 < w.size() ? w.get(s.last() + 1) : "";
    return before.equals("(") || before.equals(")") || after.equals(")") || after.matches("\\d+([:.]\\d+)*");
  }

  /** The name's words begin a longer organisation name of the document. */
  private static boolean beginsOrganisation(List<String> name, Set<List<String>> organisationBeginnings) {
    return organisationBeginnings.contains(name);
  }


  /** {@code , the [lowercase words] island}: a place noun in apposition. */
  private static boolean inApposition(List<String> w, int from) {
    if (from + 2 >= w.size() || !w.get(from).equals(",") || !w.get(from + 1).equals("the")) return false;
    for (int j = from + 2; j < w.size() && j < from + 6; j++) {
      String word = w.get(j);
      if (!isLowerWord(word)) return false;
      if (PLACE_NOUNS.contains(word)) {
        // The noun must end the phrase: "the city 's mayor" is a person, "the river island ," a place.
        String next = j + 1 < w.size() ? w.get(j + 1) : ".";
        if (PHRASE_ENDS.contains(next)) return true;
        if (!isLowerWord(next)) return false;
      }
    }
    return false;
  }

  /**
   * The span is an item of a list {@code A , B and C} whose other items are all places, and
   * either the list ends in a plural place noun ({@code ... and Barpeta districts}) or it has
   * three items or more and the gazetteer knows the name. Two names ({@code Portugal and
   * Pedro}) or a list with people in it ({@code Houghton , Townsend}) prove nothing.
   */
  private static boolean listedWithPlaces(List<String> w, List<TaggedSpan> spans, int k, boolean known) {
    // Out from the span, stopping at the first item that is no place: a long list of people
    // costs a step per person, not the list's length per person.
    int first = k;
    while (first > 0 && joined(w, spans.get(first - 1), spans.get(first))) {
      if (spans.get(--first).type() != EntityType.LOCATION) return false;
    }
    int last = k;
    while (last + 1 < spans.size() && joined(w, spans.get(last), spans.get(last + 1))) {
      if (spans.get(++last).type() != EntityType.LOCATION) return false;
    }
    if (last == first) return false;
    int after = spans.get(last).last() + 1;
    boolean placeNoun = after < w.size() && PLACE_NOUNS.contains(w.get(after)) && w.get(after).endsWith("s");
    return placeNoun || known && last - first >= 2;
  }

  /** {@code A and B}, {@code A or B}: no comma, which also stands between a place and a name. */
  private static boolean coordinated(List<String> w, TaggedSpan a, TaggedSpan b) {
    return b.first() == a.last() + 2 && (w.get(a.last() + 1).equals("and") || w.get(a.last() + 1).equals("or"));
  }

  private static boolean joined(List<String> w, TaggedSpan a, TaggedSpan b) {
    if (b.first() != a.last() + 2) return false;
    String between = w.get(a.last() + 1);
    return between.equals(",") || between.equals("and") || between.equals("or");
  }

  static boolean isLowerWord(String word) {
    return !word.isEmpty() && word.codePoints().allMatch(c -> Character.isLowerCase(c) || c == '-');
  }
}
