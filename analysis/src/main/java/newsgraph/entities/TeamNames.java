package newsgraph.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How a team's or a club's name reads: a town and a plural or a club's word, a post in a side. */
final class TeamNames {
  /** Plural heads of real places: these follow a place name and are still a place. */
  private static final Set<String> PLURAL_PLACE_HEADS = Set.of("islands", "isles", "keys", "cays",
      "mountains", "mounts", "hills", "highlands", "lowlands", "heights", "falls", "springs", "lakes",
      "rapids", "plains", "flats", "downs", "sands", "straits", "narrows", "waters", "woods",
      "gardens", "fields", "meadows", "oaks", "pines", "palms", "rocks", "cliffs", "glades",
      "territories", "provinces", "states", "emirates", "netherlands", "philippines", "bahamas",
      "alps", "andes", "rockies", "pyrenees", "dolomites", "everglades", "marshes", "moors",
      "valleys", "banks", "reefs", "docks", "acres", "crossroads", "wells", "baths", "villages",
      "towers", "heath", "commons", "lands", "kingdoms", "grounds", "beaches");

  /** First words of region names, which the gazetteer knows alone as some village. */
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "upper",
      "lower", "new", "old", "great", "little", "central", "northern", "southern", "eastern",
      "western", "greater", "san", "santa", "los", "las", "el", "la", "le", "st", "st.", "saint", "port", "mount", "lake");

  /**
   * Posts in a team, which only a club holds in a town ({@code Norwich striker}); not manager
   * or chairman, which a bank's branch has too ({@code the bank's Frankfurt manager}).
   */
  private static final Set<String> TEAM_POSTS = Set.of("striker", "goalkeeper", "keeper",
      "midfielder", "defender", "forward", "winger", "playmaker", "captain", "skipper", "coach",
      "quarterback", "pitcher", "batsman", "bowler", "wicketkeeper",
      "all-rounder", "fullback", "full-back", "flanker", "hooker", "scrum-half", "fly-half");

  /** Nouns that a club's name follows: {@code team Deportivo Coruna}, {@code club Atalanta}. */
  private static final Set<String> CLUB_NOUNS = Set.of("club", "side", "team", "rivals", "leaders");

  /**
   * Words that follow a town's name in a club's: {@code Norwich City}, {@code Bristol Rovers}.
   * Not City, Town or County, which end places the gazetteer misses as often as clubs
   * (Taipei City, Fairview Town).
   */
  private static final Set<String> CLUB_WORDS = Set.of("United", "Rovers",
      "Athletic", "Wanderers", "Albion", "Hotspur", "Argyle", "Thistle", "Academical", "Wednesday");

  private TeamNames() {}

  static boolean isTeamPost(String word) {
    return TEAM_POSTS.contains(word);
  }

  static boolean isClubNoun(String word) {
    return CLUB_NOUNS.contains(word);
  }

  /**
   * A known place, then a capitalised plural that is no place word ({@code Goa Gulls}) or a
   * club's word ({@code Bristol Rovers}). The whole name must be unknown to the gazetteer, which
   * knows the plural places it holds, and Kansas City.
   */
  static boolean isTeamName(List<String> name, Places places) {
    if (name.size() < 2) return false;
    String head = name.get(name.size() - 1);
    String lower = head.toLowerCase(Locale.ROOT);
    String place = String.join(" ", name.subList(0, name.size() - 1));
    // Leeds United, Bristol Rovers: a club's own word after a town.
    if (CLUB_WORDS.contains(head)) return places.known(place) && !places.known(String.join(" ", name));
    if (head.length() < 4 || !Character.isUpperCase(head.charAt(0)) || !ContextTypes.isLowerWord(lower.substring(1))
        || !lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")
        // "-es" ends the places the gazetteer misses (West Indies, Buenos Aires) and few team names.
        || lower.endsWith("es") || PLURAL_PLACE_HEADS.contains(lower)
        || COMPASS.contains(name.get(0).toLowerCase(Locale.ROOT))) {
      return false;
    }
    return places.known(place) && !places.known(String.join(" ", name));
  }
}
