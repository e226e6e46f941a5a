package newsgraph.paraphrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The overlap features that count a synonym or a near kind as shared (METEOR's idea, after
 * Mihalcea et al. 2006), on content words: a rewording swaps "bought" for "acquired", which plain
 * overlap counts as a changed word. All in [0, 1] or small logs; {@link #COUNT} of them.
 */
final class SynonymOverlap {
  static final int COUNT = 8;

  private SynonymOverlap() {}

  /** One text's content words with the union of their WordNet relations, looked up once. */
  static final class Side {
    final Set<String> words;
    final Set<String> related = new HashSet<>();
    final Map<Long, Integer> ancestors = new HashMap<>();

    Side(Set<String> words) {
      this.words = words;
      for (String v : words) {
        related.addAll(WordNet.related(v));
        WordNet.ancestors(v).forEach((synset, depth) -> ancestors.merge(synset, depth, Math::min));
      }
    }
  }

  static void fill(Side sideA, Side sideB, double[] f, int k) {
    Set<String> a = sideA.words;
    Set<String> b = sideB.words;
    List<String> onlyA = without(a, b);
    List<String> onlyB = without(b, a);
    int shared = a.size() - onlyA.size();
    double[] bestA = closest(onlyA, sideB);
    double[] bestB = closest(onlyB, sideA);
    int ma = shared + count(bestA, 1);
    int mb = shared + count(bestB, 1);
    double ca = a.isEmpty() ? 1 : ma / (double) a.size();
    double cb = b.isEmpty() ? 1 : mb / (double) b.size();
    f[k++] = Math.min(ca, cb);
    f[k++] = Math.max(ca, cb);
    f[k++] = (ma + mb) / (double) Math.max(1, a.size() + b.size());
    // Words each side says that the other has no match for: new facts, counted not shared.
    f[k++] = Math.log1p(Math.min(a.size() - ma, b.size() - mb));
    f[k++] = Math.log1p(Math.max(a.size() - ma, b.size() - mb));
    double sa = a.isEmpty() ? 1 : (shared + sum(bestA)) / a.size();
    double sb = b.isEmpty() ? 1 : (shared + sum(bestB)) / b.size();
    f[k++] = Math.min(sa, sb);
    f[k++] = Math.max(sa, sb);
    f[k] = (sa + sb) / 2;
  }

  private static List<String> without(Set<String> a, Set<String> b) {
    List<String> rest = new ArrayList<>();
    for (String w : a) if (!b.contains(w)) rest.add(w);
    return rest;
  }

  /**
   * For each of {@code words}, its {@link WordNet#similarity} to the closest word of the other
   * side, found through that side's union of relations, so that the work grows with the words,
   * not with their pairs.
   */
  private static double[] closest(List<String> words, Side other) {
    double[] best = new double[words.size()];
    if (other.words.isEmpty()) return best;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (WordNet.matchesAny(w, other.words, other.related)) {
        best[i] = 1;
        continue;
      }
      for (Map.Entry<Long, Integer> e : WordNet.ancestors(w).entrySet()) {
        Integer d = other.ancestors.get(e.getKey());
        if (d != null) best[i] = Math.max(best[i], 1.0 / (1 + e.getValue() + d));
      }
    }
    return best;
  }

  private static int count(double[] values, double value) {
    int n = 0;
    for (double v : values) if (v == value) n++;
    return n;
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double v : values) sum += v;
    return sum;
  }
}
