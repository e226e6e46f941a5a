package newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import newsgraph.ingest.html.ExtractedPage;
import newsgraph.ingest.html.HtmlExtractor;

/**
 * {@code eval extract}: main-text extraction on the Zyte article-extraction benchmark (145 of its
 * 181 pages), scored as upstream's evaluate.py does: 4-token shingles of {@code \w+} tokens,
 * per-page TP/FP/FN normalised to sum 1, P and R averaged over pages, F1 from the averages,
 * accuracy = token sequences equal, ± = bootstrap standard deviation over 1000 resamples.
 * The data has no split: ids starting 0-7 are the development half, 8-f the held-out half.
 */
final class ExtractEval {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  private ExtractEval() {}

  /** One page's normalised counts and whether its tokens match exactly. */
  private record PageScore(String id, double tp, double fp, double fn, boolean exact) {}

  static String run(Path data, String split) throws IOException {
    Path dir = data.resolve("article-extraction");
    Path truthFile = dir.resolve("ground-truth.json");
    if (!Files.exists(truthFile)) throw new IOException("no ground truth at " + truthFile);
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    boolean devOnly = !split.equals("test");
    List<PageScore> dev = new ArrayList<>(), heldOut = new ArrayList<>();
    long nanos = 0;
    int pages = 0;
    for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      boolean isDev = id.charAt(0) < '8';
      if (devOnly && !isDev) continue;
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
        html = in.readAllBytes();
      }
      long start = System.nanoTime();
      ExtractedPage page = HtmlExtractor.extract(html, truth.get(id).path("url").asText(""));
      nanos += System.nanoTime() - start;
      pages++;
      PageScore score = score(id, truth.get(id).get("articleBody").asText(), page.text());
      (isDev ? dev : heldOut).add(score);
    }
    StringBuilder out = new StringBuilder();
    out.append("Extract, Zyte article-extraction benchmark (145 of 181 pages; no split: ids 0-7 = dev, 8-f = held out)\n");
    out.append(String.format(Locale.ROOT, "%-34s %5s  %-14s %-14s %-14s %-14s%n", "", "pages", "F1", "precision",
        "recall", "accuracy"));
    row(out, "Newsgraph, dev half (0-7)", dev);
    if (!devOnly) {
      row(out, "Newsgraph, held-out half (8-f)", heldOut);
      List<PageScore> all = new ArrayList<>(dev);
      all.addAll(heldOut);
      row(out, "Newsgraph, all 145", all);
    }
    out.append("published, all 181 pages upstream (not the same pages, so only close):\n");
    out.append(String.format(Locale.ROOT, "%-34s %5s  %-14s %-14s %-14s %-14s%n", "trafilatura 2.0.0", 181,
        "0.958 ± 0.006", "0.938 ± 0.009", "0.978 ± 0.006", "0.293 ± 0.034"));
    out.append(String.format(Locale.ROOT, "%-34s %5s  %-14s %-14s %-14s %-14s%n", "readability_js 0.6.0", 181,
        "0.947 ± 0.005", "0.914 ± 0.008", "0.982 ± 0.003", "0.166 ± 0.028"));
    out.append(String.format(Locale.ROOT, "%-34s %5s  %-14s %-14s %-14s %-14s%n", "readability-lxml 0.8.4.1", 181,
        "0.922 ± 0.013", "0.913 ± 0.014", "0.931 ± 0.015", "0.315 ± 0.034"));
    out.append(String.format(Locale.ROOT, "extraction alone: %d pages in %.2f s, %.0f pages/s (one thread, JIT warming)%n",
        pages, nanos / 1e9, pages / (nanos / 1e9)));
    if (devOnly) out.append("(dev half only; --split test adds the held-out half and all pages)\n");
    return out.toString();
  }

  private static void row(StringBuilder out, String name, List<PageScore> scores) {
    double[] m = metrics(scores);
    double[] sd = bootstrap(scores);
    out.append(String.format(Locale.ROOT, "%-34s %5d  %.3f ± %.3f  %.3f ± %.3f  %.3f ± %.3f  %.3f ± %.3f%n", name,
        scores.size(), m[0], sd[0], m[1], sd[1], m[2], sd[2], m[3], sd[3]));
  }

  static PageScore score(String id, String gold, String predicted) {
    List<String> goldTokens = tokens(gold), predTokens = tokens(predicted);
    Map<String, Integer> g = shingles(goldTokens), p = shingles(predTokens);
    double tp = 0, fp = 0, fn = 0;
    for (Map.Entry<String, Integer> e : g.entrySet()) {
      int inPred = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), inPred);
      fn += Math.max(0, e.getValue() - inPred);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - g.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    return new PageScore(id, tp, fp, fn, goldTokens.equals(predTokens));
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) tokens.add(m.group());
    return tokens;
  }

  private static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) return counts;
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      String s = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      counts.merge(s, 1, Integer::sum);
    }
    return counts;
  }

  private static double precision(PageScore s) {
    return s.tp + s.fp == 0 ? 0 : s.tp / (s.tp + s.fp);
  }

  private static double recall(PageScore s) {
    return s.tp + s.fn == 0 ? 0 : s.tp / (s.tp + s.fn);
  }

  /** F1, precision, recall, accuracy. */
  private static double[] metrics(List<PageScore> scores) {
    double p = 0, r = 0;
    int np = 0, nr = 0, exact = 0;
    for (PageScore s : scores) {
      boolean perfect = s.fp == 0 && s.fn == 0;
      if (s.tp + s.fp > 0 || perfect) {
        p += perfect ? 1 : precision(s);
        np++;
      }
      if (s.tp + s.fn > 0 || perfect) {
        r += perfect ? 1 : recall(s);
        nr++;
      }
      if (s.exact) exact++;
    }
    p = np == 0 ? 0 : p / np;
    r = nr == 0 ? 0 : r / nr;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {f1, p, r, scores.isEmpty() ? 0 : (double) exact / scores.size()};
  }

  private static double[] bootstrap(List<PageScore> scores) {
    if (scores.isEmpty()) return new double[4];
    Random random = new Random(42);
    double[] sum = new double[4], sumSq = new double[4];
    int rounds = 1000;
    for (int i = 0; i < rounds; i++) {
      List<PageScore> sample = new ArrayList<>(scores.size());
      for (int j = 0; j < scores.size(); j++) sample.add(scores.get(random.nextInt(scores.size())));
      double[] m = metrics(sample);
      for (int k = 0; k < 4; k++) {
        sum[k] += m[k];
        sumSq[k] += m[k] * m[k];
      }
    }
    double[] sd = new double[4];
    for (int k = 0; k < 4; k++) {
      double mean = sum[k] / rounds;
      sd[k] = Math.sqrt(Math.max(0, sumSq[k] / rounds - mean * mean));
    }
    return sd;
  }
}
