package newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where NER errors come from, per gold type: a name missed outright, a spurious name where gold
 * has none, the right tokens with the wrong type, and wrong boundaries (overlapping a gold name
 * without matching it). Tells which repair is worth making before making it.
 */
final class ErrorBreakdown {
  /** One document's tokens, gold spans and predicted spans, for the error listing. */
  record Doc(List<List<String>> tokens, List<LabeledSpan> gold, List<LabeledSpan> predicted,
      List<LabeledSpan> baseline) {}

  private static final String[] KINDS = {"missed", "wrong type", "boundary", "spurious"};
  private final Map<String, int[]> byType = new TreeMap<>();

  void add(List<LabeledSpan> gold, List<LabeledSpan> predicted) {
    Set<LabeledSpan> predictedSet = new HashSet<>(predicted);
    Set<LabeledSpan> goldSet = new HashSet<>(gold);
    for (LabeledSpan g : gold) {
      if (predictedSet.contains(g)) continue;
      int kind = 0;
      for (LabeledSpan p : predicted) {
        if (!overlaps(g, p)) continue;
        kind = p.start() == g.start() && p.end() == g.end() ? 1 : 2;
        if (kind == 1) break;
      }
      counts(g.type())[kind]++;
    }
    for (LabeledSpan p : predicted) {
      if (goldSet.contains(p)) continue;
      boolean alone = gold.stream().noneMatch(g -> overlaps(g, p));
      if (alone) counts(p.type())[3]++;
    }
  }

  private int[] counts(String type) {
    return byType.computeIfAbsent(type, t -> new int[KINDS.length]);
  }

  static boolean overlaps(LabeledSpan a, LabeledSpan b) {
    return a.sentence() == b.sentence() && a.start() < b.end() && b.start() < a.end();
  }

  /** A table: rows are types (gold type, or predicted type for spurious), columns the kinds. */
  String format() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "errors (gold type; spurious by predicted type) %8s %10s %8s %8s%n", (Object[]) KINDS));
    int[] total = new int[KINDS.length];
    for (Map.Entry<String, int[]> e : byType.entrySet()) {
      int[] c = e.getValue();
      out.append(String.format(Locale.ROOT, "  %-46s %8d %10d %8d %8d%n", e.getKey(), c[0], c[1], c[2], c[3]));
      for (int k = 0; k < total.length; k++) total[k] += c[k];
    }
    out.append(String.format(Locale.ROOT, "  %-46s %8d %10d %8d %8d%n", "all", total[0], total[1],
        total[2], total[3]));
    return out.toString();
  }

  /** Every sentence with an error, gold and predicted names side by side, for reading. */
  static void dump(Path file, List<Doc> docs) throws IOException {
    StringBuilder out = new StringBuilder();
    for (int d = 0; d < docs.size(); d++) {
      Doc doc = docs.get(d);
      Set<LabeledSpan> gold = new HashSet<>(doc.gold());
      Set<LabeledSpan> predicted = new HashSet<>(doc.predicted());
      for (int s = 0; s < doc.tokens().size(); s++) {
        StringBuilder lines = new StringBuilder();
        for (LabeledSpan g : doc.gold()) {
          if (g.sentence() == s && !predicted.contains(g)) lines.append("  gold ").append(show(doc, g)).append('\n');
        }
        for (LabeledSpan p : doc.predicted()) {
          if (p.sentence() == s && !gold.contains(p)) lines.append("  pred ").append(show(doc, p)).append('\n');
        }
        if (!lines.isEmpty()) {
          out.append("doc ").append(d).append(" s").append(s).append(": ")
              .append(String.join(" ", doc.tokens().get(s))).append('\n').append(lines);
        }
      }
    }
    Files.writeString(file, out, StandardCharsets.UTF_8);
    StringBuilder tsv = new StringBuilder();
    for (int d = 0; d < docs.size(); d++) {
      Doc doc = docs.get(d);
      for (int s = 0; s < doc.tokens().size(); s++) {
        tsv.append("S\t").append(d).append('\t').append(s).append('\t')
            .append(String.join(" ", doc.tokens().get(s))).append('\n');
      }
      for (LabeledSpan g : doc.gold()) tsv.append(row("G", d, g));
      for (LabeledSpan p : doc.predicted()) tsv.append(row("P", d, p));
      for (LabeledSpan c : doc.baseline()) tsv.append(row("C", d, c));
    }
    Files.writeString(Path.of(file + ".tsv"), tsv, StandardCharsets.UTF_8);
  }

  private static String row(String kind, int doc, LabeledSpan s) {
    return kind + "\t" + doc + "\t" + s.sentence() + "\t" + s.start() + "\t" + s.end() + "\t" + s.type() + "\n";
  }

  private static String show(Doc doc, LabeledSpan span) {
    if (span.sentence() < 0) return span.type() + " [misaligned chars " + span.start() + "-" + span.end() + "]";
    return span.type() + " [" + String.join(" ", doc.tokens().get(span.sentence()).subList(span.start(), span.end())) + "]";
  }
}
