package newsgraph.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-match precision, recall and F1 over labelled spans, overall and per type, as conlleval
 * counts them: a predicted entity is right only with the same boundaries and the same type.
 */
final class SpanScores {
  private final Map<String, int[]> byType = new TreeMap<>(); // type -> {gold, predicted, correct}

  void add(List<LabeledSpan> gold, List<LabeledSpan> predicted) {
    Set<LabeledSpan> goldSet = new HashSet<>(gold);
    for (LabeledSpan g : gold) counts(g.type())[0]++;
    for (LabeledSpan p : predicted) {
      counts(p.type())[1]++;
      if (goldSet.contains(p)) counts(p.type())[2]++;
    }
  }

  private int[] counts(String type) {
    return byType.computeIfAbsent(type, t -> new int[3]);
  }

  /** {precision, recall, f1} in percent for one type, or overall when type is null. */
  double[] prf(String type) {
    int gold = 0, predicted = 0, correct = 0;
    for (Map.Entry<String, int[]> e : byType.entrySet()) {
      if (type != null && !e.getKey().equals(type)) continue;
      gold += e.getValue()[0];
      predicted += e.getValue()[1];
      correct += e.getValue()[2];
    }
    double p = predicted == 0 ? 0 : 100.0 * correct / predicted;
    double r = gold == 0 ? 0 : 100.0 * correct / gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  Set<String> types() {
    return byType.keySet();
  }

  static String format(double[] prf) {
    return String.format(Locale.ROOT, "%6.2f %6.2f %6.2f", prf[0], prf[1], prf[2]);
  }
}
