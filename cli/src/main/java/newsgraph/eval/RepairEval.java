package newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.document.Repair;
import newsgraph.repair.TextRepairer;

/**
 * {@code eval repair}: the repair stage on python-ftfy's own test cases, against
 * {@code fixed-encoding} where a case has it (ftfy's encoding repair alone) and {@code fixed}
 * otherwise, beside ftfy 6.3.1, whose expectations these are; and what it changes in clean news
 * (the BBC corpus), where it should change nothing that is not damaged.
 */
final class RepairEval {
  private static final String[] FILES = {"in-the-wild", "synthetic", "language-names", "negative", "known-failures"};

  private RepairEval() {}

  static String run(Path data) throws IOException {
    TextRepairer repairer = new TextRepairer();
    ObjectMapper json = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    out.append("Repair, python-ftfy 6.3.1 test cases: output == fixed-encoding if present, else fixed\n");
    out.append(String.format(Locale.ROOT, "%-16s %6s %16s %16s%n", "file", "cases", "Newsgraph", "ftfy 6.3.1"));
    int allPass = 0, allCases = 0;
    List<String> misses = new ArrayList<>();
    for (String file : FILES) {
      Path path = data.resolve("ftfy").resolve(file + ".json");
      if (!Files.exists(path)) throw new IOException("no ftfy cases at " + path);
      int cases = 0, ours = 0, theirs = 0;
      for (JsonNode c : json.readTree(path.toFile())) {
        boolean ftfyPasses = c.get("expect").asText().equals("pass");
        String expected = c.has("fixed-encoding") ? c.get("fixed-encoding").asText() : c.get("fixed").asText();
        String got = repairer.apply(Document.of(Article.builder("ftfy", c.get("original").asText()).build())).text();
        cases++;
        if (ftfyPasses) theirs++;
        if (got.equals(expected)) {
          ours++;
        } else if (ftfyPasses) {
          misses.add(file + ": " + c.get("label").asText());
        }
        if (ftfyPasses) {
          allCases++;
          if (got.equals(expected)) allPass++;
        }
      }
      out.append(String.format(Locale.ROOT, "%-16s %6d %9d (%3.0f%%) %9d (%3.0f%%)%n", file, cases,
          ours, 100.0 * ours / cases, theirs, 100.0 * theirs / cases));
    }
    out.append(String.format(Locale.ROOT, "expect=pass cases: Newsgraph %d/%d (%.1f%%), ftfy %d/%d (100%%)%n",
        allPass, allCases, 100.0 * allPass / allCases, allCases, allCases));
    for (String miss : misses) out.append("  differs: ").append(miss).append('\n');
    out.append(newsCorpus(data, repairer));
    return out.toString();
  }

  /** Repairs made on the BBC corpus, by kind, with the distinct changes. */
  private static String newsCorpus(Path data, TextRepairer repairer) throws IOException {
    List<Article> articles = NewsCorpus.articles(data);
    long chars = 0, changed = 0;
    int touched = 0;
    Map<String, Integer> byKind = new TreeMap<>();
    Map<String, Integer> changes = new TreeMap<>();
    long start = System.nanoTime();
    for (Article a : articles) {
      Document d = repairer.apply(Document.of(a));
      chars += a.text().length();
      if (!d.repairs().isEmpty()) touched++;
      for (Repair r : d.repairs()) {
        byKind.merge(r.kind().label(), 1, Integer::sum);
        changes.merge(r.kind().label() + ": " + r.before() + " -> " + r.after(), 1, Integer::sum);
        changed += r.before().length();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "%nBBC news corpus: %d articles, %d chars; %d articles repaired, %d chars changed (%.4f%%), %.0f MB/s on one thread%n",
        articles.size(), chars, touched, changed, 100.0 * changed / chars, chars * 2 / 1e6 / seconds));
    byKind.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
    changes.forEach((k, v) -> out.append("    ").append(v).append(" x ").append(k).append('\n'));
    return out.toString();
  }
}
