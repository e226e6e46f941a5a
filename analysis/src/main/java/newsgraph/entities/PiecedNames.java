package newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
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

  /**
   * One pass over the unit's spans in order: the spans that overlap a candidate run are the next
   * few not yet passed, so a long unit (a list of thousands of names) costs no more per word
   * than a short one.
   */
  static List<TaggedSpan> join(List<String> words, List<TaggedSpan> spans,
      Map<List<String>, Map<EntityType, Integer>> names) {
    if (spans.isEmpty()) return spans;
    List<TaggedSpan> in = new ArrayList<>(spans);
    in.sort(Comparator.comparingInt(TaggedSpan::first));
    List<TaggedSpan> out = new ArrayList<>(in.size());
    int next = 0; // the first span not yet passed to out
    for (int i = 0; i < words.size(); i++) {
      while (next < in.size() && in.get(next).last() < i) out.add(in.get(next++));
      for (int n = Math.min(MAX_TOKENS, words.size() - i); n >= 2; n--) {
        Map<EntityType, Integer> votes = names.get(words.subList(i, i + n));
        if (votes == null || !isNameLike(words.subList(i, i + n))) continue;
        int last = i + n - 1;
        int end = next;
        boolean crosses = false;
        for (; end < in.size() && in.get(end).first() <= last; end++) {
          if (in.get(end).first() < i || in.get(end).last() > last) crosses = true;
        }
        boolean whole = end == next + 1 && in.get(next).first() == i && in.get(next).last() == last;
        if (crosses || end == next || whole) continue;
        out.add(new TaggedSpan(NameConsistency.majority(votes), i, last));
        next = end;
        i = last;
        break;
      }
    }
    while (next < in.size()) out.add(in.get(next++));
    return out;
  }
}
