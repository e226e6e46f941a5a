package newsgraph.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Token;
import newsgraph.pipeline.Stage;

/**
 * Retypes as ORGANIZATION the places that act as institutions: the seats of government that
 * news uses for the people in them ({@code the White House said}, {@code Downing Street},
 * {@code the Kremlin}) unless the article only says that someone is in them or goes there
 * ({@code returned to the Kremlin}), and a building-like place (a name of several words, none of
 * them a place word such as "South" or "New", that the gazetteer does not know) whose every
 * mention is the subject of a verb of saying, and any "place" the gazetteer does not know that
 * speaks and that no one is in or at ({@code Uefa says}).
 * Countries and cities that speak ({@code Ankara insisted}) stay places: the contract lets a
 * place be a speaker, and CoNLL marks them as places too. Needs entities and tokens; runs after
 * {@link EntityClusterer}.
 */
public final class InstitutionRetyper implements Stage {
  private final Places places;

  public InstitutionRetyper() {
    this(Places.gazetteer());
  }

  InstitutionRetyper(Places places) {
    this.places = places;
  }

  /** Buildings and streets that stand for a government or an army. */
  private static final Set<String> SEATS = Set.of("white house", "downing street", "number 10",
      "no 10", "kremlin", "pentagon", "elysee", "élysée", "elysee palace", "élysée palace",
      "whitehall", "quai d'orsay", "zhongnanhai", "blue house", "foggy bottom", "kantei",
      "la moncloa", "casa rosada", "planalto", "itamaraty", "scotland yard");

  @Override
  public Document apply(Document doc) {
    if (doc.entities().isEmpty()) return doc;
    CodePointIndex index = CodePointIndex.of(doc.text());
    List<Entity> out = new ArrayList<>(doc.entities().size());
    boolean changed = false;
    for (Entity e : doc.entities()) {
      if (e.type() == EntityType.LOCATION && (isSeat(e) && !onlyWhereSomethingIs(doc, index, e)
          || isBuildingLike(e) && !places.known(e.name()) && alwaysSpeaks(doc, index, e)
          || !places.known(e.name()) && !places.known(lastWord(e.name())) && speaksAndIsNowhere(doc, index, e))) {
        out.add(new Entity(e.id(), EntityType.ORGANIZATION, e.name(), e.aliases(), e.roles(),
            e.mentions(), e.place()));
        changed = true;
      } else {
        out.add(e);
      }
    }
    return changed ? doc.withEntities(out) : doc;
  }

  /** Words that make a several-word name a country or city, not a building. */
  private static final Set<String> PLACE_WORDS = Set.of("north", "south", "east", "west", "new",
      "san", "santa", "saint", "st", "united", "republic", "city", "state", "kingdom", "islands",
      "island", "el", "la", "los", "las", "de", "hong", "sri", "costa", "puerto",
      "saudi", "central", "democratic", "arab", "emirates", "african", "rica", "lanka", "n.", "s.",
      "e.", "w.");

  private static boolean isBuildingLike(Entity e) {
    String[] words = e.name().toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length < 2) return false;
    for (String w : words) if (PLACE_WORDS.contains(w)) return false;
    return true;
  }

  private static boolean isSeat(Entity e) {
    return SEATS.contains(e.name().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
  }

  /**
   * Every mention is followed by a verb of saying (allowing "on Tuesday" or an adverb between),
   * and none names where someone is from ({@code the Archbishop of Government House said}).
   */
  private static boolean alwaysSpeaks(Document doc, CodePointIndex index, Entity e) {
    for (Mention m : e.mentions()) {
      if (!followedBySpeech(doc, index, m) || "of".equalsIgnoreCase(wordBefore(doc, index, m, true))) return false;
    }
    return true;
  }

  /**
   * A "place" the gazetteer does not know, nor the last word of, that speaks ({@code Uefa says})
   * and that the article never puts anyone in or at ({@code in Uefa}): a body the tagger took for
   * a place.
   */
  private static boolean speaksAndIsNowhere(Document doc, CodePointIndex index, Entity e) {
    boolean speaks = false;
    for (Mention m : e.mentions()) {
      String before = wordBefore(doc, index, m, true);
      if (before != null && WHERE.contains(before.toLowerCase(Locale.ROOT))) return false;
      speaks |= followedBySpeech(doc, index, m) && !"of".equalsIgnoreCase(before);
    }
    return speaks;
  }

  /** {@code Korea} of {@code N. Korea urges}, which is a place however written. */
  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /** Words before a place where someone is, goes or was: not "to" or "from", which bodies take too. */
  private static final Set<String> WHERE = Set.of("in", "at", "into", "inside", "outside", "near",
      "around", "toward", "towards", "across", "through", "within", "entered", "left", "leaving",
      "reached", "visited");

  /** Prepositions that make the name after them a place where someone is, goes or comes from. */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "into", "inside",
      "outside", "from", "near", "around", "toward", "towards", "across", "through", "within",
      "entered", "left", "leaving", "reached", "visited");

  /**
   * Every mention only says where someone is or goes ({@code returned to the Kremlin}, {@code a
   * term in the White House}): the seat acts nowhere in the article, and stays a place.
   */
  private static boolean onlyWhereSomethingIs(Document doc, CodePointIndex index, Entity e) {
    for (Mention m : e.mentions()) {
      String before = wordBefore(doc, index, m, true);
      if (before == null || !LOCATIVE.contains(before.toLowerCase(Locale.ROOT))) return false;
    }
    return true;
  }

  /** The word before the mention, past a "the" if asked; null at the start of the text. */
  static String wordBefore(Document doc, CodePointIndex index, Mention m, boolean skipThe) {
    List<Token> before = doc.tokensIn(new newsgraph.document.Span(Math.max(0, m.span().start() - 40),
        m.span().start()));
    int k = before.size() - 1;
    if (skipThe && k >= 0 && index.substring(before.get(k).span()).equalsIgnoreCase("the")) k--;
    return k >= 0 ? index.substring(before.get(k).span()) : null;
  }

  /** True when the mention is the subject of a verb of saying ({@code Moscow said}, {@code Ankara on Monday insisted}). */
  public static boolean followedBySpeech(Document doc, CodePointIndex index, Mention m) {
    List<Token> after = doc.tokensIn(new newsgraph.document.Span(m.span().end(),
        Math.min(index.length(), m.span().end() + 40)));
    for (int i = 0; i < after.size() && i < 3; i++) {
      String w = index.substring(after.get(i).span());
      if (SpeechVerbs.contains(w)) return true;
      if (!Character.isLetter(w.charAt(0)) || !w.toLowerCase(Locale.ROOT).equals(w)) return false;
    }
    return false;
  }
}
