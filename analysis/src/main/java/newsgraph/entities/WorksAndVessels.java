package newsgraph.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;

/**
 * {@code the film Vera Drake}, {@code the comedy Sideways}, {@code the album Nevermind}: a name
 * right after a kind of work is the work's title (MISC), whatever the tagger made of it (it
 * takes most titles for people or bodies), and so is every other mention of that title in the
 * article. Only nouns that are no verb and no post: not "play", "show" or "book", and "film
 * director Mike Leigh" has a post between. A ship's name is MISC the same way ({@code the
 * aircraft carrier Carl Vinson}, {@code the tanker Exxon Valdez}); a "carrier" alone is as often
 * an airline ({@code carrier EgyptAir}).
 */
final class WorksAndVessels {
  private WorksAndVessels() {}

  private static final Set<String> WORK_NOUNS = Set.of("film", "movie", "album", "novel",
      "musical", "documentary", "sitcom", "drama", "comedy", "thriller", "biopic", "opera");

  private static final Set<String> VESSEL_NOUNS = Set.of("ship", "tanker", "freighter", "liner",
      "vessel", "submarine", "frigate", "destroyer", "battleship", "ferry", "yacht", "warship",
      "cruiser", "trawler", "steamer");

  /** Whether the words before {@code first} name a kind of work or of ship. */
  private static boolean afterKindNoun(List<String> w, int first) {
    if (first < 1) return false;
    String noun = w.get(first - 1);
    if (WORK_NOUNS.contains(noun) || VESSEL_NOUNS.contains(noun)) return true;
    return noun.equals("carrier") && first >= 2 && w.get(first - 2).equals("aircraft");
  }

  static List<List<TaggedSpan>> apply(List<List<String>> words, List<List<TaggedSpan>> tagged) {
    Set<List<String>> works = new HashSet<>();
    for (int u = 0; u < words.size(); u++) {
      List<String> w = words.get(u);
      for (TaggedSpan s : tagged.get(u)) {
        if (s.type() != EntityType.MISC && afterKindNoun(w, s.first())) {
          works.add(List.copyOf(w.subList(s.first(), s.last() + 1)));
        }
      }
    }
    if (works.isEmpty()) return tagged;
    List<List<TaggedSpan>> out = new ArrayList<>(tagged.size());
    for (int u = 0; u < words.size(); u++) {
      List<String> w = words.get(u);
      List<TaggedSpan> spans = new ArrayList<>(tagged.get(u));
      for (int k = 0; k < spans.size(); k++) {
        TaggedSpan s = spans.get(k);
        if (s.type() != EntityType.MISC && works.contains(w.subList(s.first(), s.last() + 1))) {
          spans.set(k, new TaggedSpan(EntityType.MISC, s.first(), s.last()));
        }
      }
      out.add(spans);
    }
    return out;
  }
}
