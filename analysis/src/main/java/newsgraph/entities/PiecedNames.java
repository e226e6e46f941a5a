package newsgraph.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;

/**
 * A name the tagger found whole in one sentence is whole in the others: where it cut
 * {@code Bank of England deputy governor Rachel Lomax} into {@code Bank} and {@code England}
 * in one place and found {@code Bank of England} in another, the pieces become that name, with
 * the type most of its whole mentions have. Only names of two or more words, only where every
 * tagged piece lies inside the run (a longer name around it, {@code Bank of England Museum}, is
 * left alone) and at least one piece is there.
 */
final class PiecedNames {
  private PiecedNames() {}

  private static final int MAX_TOKENS = 8;
  /** Small words inside names: {@code Bank of England}, {@code Lord 's}. */
  private static final Set<String> LINKS = Set.of("of", "the", "and", "for", "on", "de", "del",
      "der", "du", "la", "le", "van", "von", "da", "di", "'s", "'");

  /**
   * No lowercase word but a link: a run the tagger once took with a common noun ({@code
   * Calcutta hospital}) is no name to impose elsewhere; nor is one it took with an honorific
   * ({@code Ms Hutt} as a body, where it found the person {@code Hutt} everywhere else).
   */
  private static boolean isNameLike(List<String> name) {
    if (RoleFinder.isHonorific(name.get(0))) return false;
    for (String w : name) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !LINKS.contains(w)) return false;
    }
    return true;
  }

  static List<TaggedSpan> join(List<String> words, List<TaggedSpan> spans,
      Map<List<String>, Map<EntityType, Integer>> names) {
    if (spans.isEmpty()) return spans;
    List<TaggedSpan> out = new ArrayList<>(spans);
    for (int i = 0; i < words.size(); i++) {
      for (int n = Math.min(MAX_TOKENS, words.size() - i); n >= 2; n--) {
        Map<EntityType, Integer> votes = names.get(words.subList(i, i + n));
        if (votes == null || !isNameLike(words.subList(i, i + n))) continue;
        int first = i;
        int last = i + n - 1;
        List<TaggedSpan> inside = new ArrayList<>();
        boolean crosses = false;
        for (TaggedSpan s : out) {
          if (s.last() < first || s.first() > last) continue;
          if (s.first() < first || s.last() > last) crosses = true;
          inside.add(s);
        }
        boolean whole = inside.size() == 1 && inside.get(0).first() == first && inside.get(0).last() == last;
        if (crosses || inside.isEmpty() || whole) continue;
        out.removeAll(inside);
        out.add(new TaggedSpan(NameConsistency.majority(votes), first, last));
        i = last;
        break;
      }
    }
    out.sort(java.util.Comparator.comparingInt(TaggedSpan::first));
    return out;
  }
}
