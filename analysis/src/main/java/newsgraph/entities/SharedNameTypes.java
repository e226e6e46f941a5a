package newsgraph.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;

/**
 * Types that a name's other mentions in the article settle, after {@link ContextTypes} has typed
 * each mention by the words around it: a team named after a place makes that place, alone, the
 * team; a place that the tagger also called an organisation is a river or a mountain when the
 * gazetteer knows it as one; a "person" that the words around one of its mentions made a body
 * or a place is that throughout.
 */
final class SharedNameTypes {
  private SharedNameTypes() {}

  static void apply(List<List<String>> words, List<List<TaggedSpan>> spans, Places places,
      Set<List<String>> bodies) {
    teamShortForms(words, spans, places);
    naturalFeatures(words, spans, places);
    notPeople(words, spans, bodies, places);
  }

  /**
   * {@code Deportivo chairman Augusto Lendoiro} makes Deportivo a club, and so it is where the
   * tagger called it a person elsewhere in the article ({@code Deportivo started strongly}), and
   * so is a "person" named by it and a town ({@code Deportivo Coruna}): a name written the same
   * way is one thing throughout an article, and the words around one mention said what.
   */
  private static void notPeople(List<List<String>> words, List<List<TaggedSpan>> spans,
      Set<List<String>> bodies, Places places) {
    if (bodies.isEmpty()) return;
    for (int u = 0; u < words.size(); u++) {
      List<TaggedSpan> unit = spans.get(u);
      for (int k = 0; k < unit.size(); k++) {
        TaggedSpan s = unit.get(k);
        if (s.type() != EntityType.PERSON) continue;
        List<String> name = words.get(u).subList(s.first(), s.last() + 1);
        // "Deportivo Coruna" too: the body's word and a town is a club's full name, no person's.
        boolean body = bodies.contains(name) || name.size() > 1 && bodies.contains(name.subList(0, 1))
            && places.known(String.join(" ", name.subList(1, name.size())));
        if (body) unit.set(k, new TaggedSpan(EntityType.ORGANIZATION, s.first(), s.last()));
      }
    }
  }

  /**
   * {@code the swollen Brahmaputra} and {@code after the Brahmaputra overflowed}: a name the
   * tagger called a place and, elsewhere, an organisation, which the gazetteer knows as a river,
   * lake, sea or mountain, is that feature where it does not speak ({@code Amazon said} may be
   * the company).
   */
  private static void naturalFeatures(List<List<String>> words, List<List<TaggedSpan>> spans, Places places) {
    Set<List<String>> asPlaces = new HashSet<>();
    for (int u = 0; u < words.size(); u++) {
      for (TaggedSpan s : spans.get(u)) {
        if (s.type() == EntityType.LOCATION) asPlaces.add(List.copyOf(words.get(u).subList(s.first(), s.last() + 1)));
      }
    }
    for (int u = 0; u < words.size(); u++) {
      List<String> w = words.get(u);
      List<TaggedSpan> unit = spans.get(u);
      for (int k = 0; k < unit.size(); k++) {
        TaggedSpan s = unit.get(k);
        List<String> name = w.subList(s.first(), s.last() + 1);
        if (s.type() != EntityType.ORGANIZATION || !asPlaces.contains(name)) continue;
        String after = s.last() + 1 < w.size() ? w.get(s.last() + 1) : "";
        if (SpeechVerbs.contains(after) || !places.naturalFeature(String.join(" ", name))) continue;
        unit.set(k, new TaggedSpan(EntityType.LOCATION, s.first(), s.last()));
      }
    }
  }

  /** Nouns after a place that make it the town, not its team ({@code Pune police}, {@code Pune district}). */
  private static final Set<String> CIVIC = Set.of("police", "residents", "people", "citizens",
      "district", "city", "town", "region", "state", "province", "area", "officials",
      "authorities", "council", "municipal", "municipality", "mayor", "government", "airport",
      "station", "port", "university", "court", "hospital", "market", "markets", "collector",
      "commissioner", "administration", "voters", "schools", "streets", "roads", "suburbs");

  /** Words before a place that say where something is, goes or comes from. */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "into",
      "of", "around", "across", "outside", "inside", "toward", "towards", "In", "At", "To", "From");

  /**
   * {@code Pune never recovered}, {@code Pune coach S. K. Naik}, after {@code Pune Pioneers}: the
   * place a team of the article is named after, standing alone where no place goes (not after
   * {@code in}, {@code at}, {@code from} ..., and before a lower-case word that is no
   * {@code and}), is the team, when the tagger called it a team at least once.
   */
  private static void teamShortForms(List<List<String>> words, List<List<TaggedSpan>> spans, Places places) {
    Set<List<String>> teamPlaces = new HashSet<>();
    for (int u = 0; u < words.size(); u++) {
      for (TaggedSpan s : spans.get(u)) {
        List<String> name = words.get(u).subList(s.first(), s.last() + 1);
        if (s.type() == EntityType.ORGANIZATION && TeamNames.isTeamName(name, places)) {
          teamPlaces.add(List.copyOf(name.subList(0, name.size() - 1)));
        }
      }
    }
    // Only where the tagger itself called the place alone a team somewhere (Pune coach): news
    // also names a team's city as the city beside it, and sports tables name teams by city.
    Set<List<String>> calledTeams = new HashSet<>();
    for (int u = 0; u < words.size(); u++) {
      for (TaggedSpan s : spans.get(u)) {
        List<String> name = words.get(u).subList(s.first(), s.last() + 1);
        if (s.type() == EntityType.ORGANIZATION && teamPlaces.contains(name)) calledTeams.add(List.copyOf(name));
      }
    }
    teamPlaces.retainAll(calledTeams);
    if (teamPlaces.isEmpty()) return;
    for (int u = 0; u < words.size(); u++) {
      List<String> w = words.get(u);
      List<TaggedSpan> unit = spans.get(u);
      for (int k = 0; k < unit.size(); k++) {
        TaggedSpan s = unit.get(k);
        if (s.type() == EntityType.ORGANIZATION || !teamPlaces.contains(w.subList(s.first(), s.last() + 1))) continue;
        String before = s.first() > 0 ? w.get(s.first() - 1) : "";
        String after = s.last() + 1 < w.size() ? w.get(s.last() + 1) : "";
        if (LOCATIVE.contains(before) || !ContextTypes.isLowerWord(after) || after.equals("and") || after.equals("or")
            || CIVIC.contains(after)) {
          continue;
        }
        unit.set(k, new TaggedSpan(EntityType.ORGANIZATION, s.first(), s.last()));
      }
    }
  }
}
