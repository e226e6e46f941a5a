package newsgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import newsgraph.paraphrase.ParaphraseScorer;

/**
 * {@code eval paraphrase}: F1 and accuracy on MRPC for the paraphrase scorer behind duplicate
 * paragraphs, beside a plain word-overlap (Jaccard) baseline whose threshold is also fitted on
 * the training split. It refits the scorer on train and prints the weights, so the shipped
 * constants can be checked and regenerated; on train ("dev") it also reports a 10-fold
 * cross-validated score, and the test split only ever scores.
 */
final class ParaphraseEval {
  private ParaphraseEval() {}

  private record Pair(boolean paraphrase, String a, String b) {}

  static String run(Path data, String split) throws IOException {
    List<Pair> train = read(data.resolve("mrpc").resolve("msr_paraphrase_train.txt.gz"));
    List<Pair> scored = split.equals("test") ? read(data.resolve("mrpc").resolve("msr_paraphrase_test.txt.gz")) : train;

    double[][] fitted = ParaphraseScorer.fit(train.stream().map(p -> new String[] {p.a, p.b}).toList(),
        train.stream().map(p -> p.paraphrase).toList());
    ParaphraseScorer refit = ParaphraseScorer.of(fitted);
    ParaphraseScorer shipped = new ParaphraseScorer();
    double refitThreshold = bestThreshold(train, cached(train, p -> refit.score(p.a, p.b)));
    double overlapThreshold = bestThreshold(train, cached(train, p -> jaccard(p.a, p.b)));
    ToDoubleFunction<Pair> overlap = cached(scored, p -> jaccard(p.a, p.b));

    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Paraphrase, MRPC %s: %d pairs (%d paraphrases); thresholds fitted on train (%d pairs)%n",
        split, scored.size(), scored.stream().filter(p -> p.paraphrase).count(), train.size()));
    out.append(String.format(Locale.ROOT, "%-44s %7s %9s%n", "", "F1", "accuracy"));
    if (!split.equals("test")) {
      double[] cv = crossValidated(train, 10);
      out.append(String.format(Locale.ROOT, "%-44s %7.2f %9.2f%n", "Newsgraph, 10-fold cross-validated on train", cv[0], cv[1]));
    }
    out.append(row("Newsgraph (shipped weights, t=" + fmt(ParaphraseScorer.MRPC_THRESHOLD) + ")", scored,
        cached(scored, p -> shipped.score(p.a, p.b)), ParaphraseScorer.MRPC_THRESHOLD));
    out.append(row("Newsgraph (refitted now, t=" + fmt(refitThreshold) + ")", scored,
        cached(scored, p -> refit.score(p.a, p.b)), refitThreshold));
    out.append(row("word-overlap Jaccard baseline (t=" + fmt(overlapThreshold) + ")", scored, overlap, overlapThreshold));
    out.append(row("all pairs called paraphrases", scored, p -> 1, 0.5));
    out.append("refitted parameters (mean, sd, weights + bias):\n");
    for (double[] row : fitted) {
      out.append("  {").append(Arrays.stream(row).mapToObj(v -> String.format(Locale.ROOT, "%.6f", v))
          .collect(Collectors.joining(", "))).append("}\n");
    }
    return out.toString();
  }

  /**
   * The honest dev score, as MRPC has no dev split: each fold is scored by a model fitted, and a
   * threshold chosen, on the other folds only (the other rows on train score pairs the model saw).
   * Folds are a fixed shuffle, so the number is reproducible.
   */
  private static double[] crossValidated(List<Pair> train, int folds) {
    List<Pair> shuffled = new ArrayList<>(train);
    java.util.Collections.shuffle(shuffled, new java.util.Random(1));
    List<Pair> held = new ArrayList<>();
    List<Boolean> called = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<Pair> fit = new ArrayList<>();
      List<Pair> test = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) (i % folds == f ? test : fit).add(shuffled.get(i));
      ParaphraseScorer scorer = ParaphraseScorer.of(ParaphraseScorer.fit(fit.stream().map(p -> new String[] {p.a, p.b}).toList(),
          fit.stream().map(p -> p.paraphrase).toList()));
      double threshold = bestThreshold(fit, cached(fit, p -> scorer.score(p.a, p.b)));
      for (Pair p : test) {
        held.add(p);
        called.add(scorer.score(p.a, p.b) >= threshold);
      }
    }
    java.util.IdentityHashMap<Pair, Boolean> calls = new java.util.IdentityHashMap<>();
    for (int i = 0; i < held.size(); i++) calls.put(held.get(i), called.get(i));
    return f1Accuracy(held, p -> calls.get(p) ? 1 : 0, 0.5);
  }

  /** Scores each pair once; threshold search then reads them many times. */
  private static ToDoubleFunction<Pair> cached(List<Pair> pairs, ToDoubleFunction<Pair> score) {
    java.util.IdentityHashMap<Pair, Double> scores = new java.util.IdentityHashMap<>();
    for (Pair p : pairs) scores.put(p, score.applyAsDouble(p));
    return p -> scores.computeIfAbsent(p, score::applyAsDouble);
  }

  private static String fmt(double t) {
    return String.format(Locale.ROOT, "%.3f", t);
  }

  private static String row(String name, List<Pair> pairs, ToDoubleFunction<Pair> score, double threshold) {
    double[] fa = f1Accuracy(pairs, score, threshold);
    return String.format(Locale.ROOT, "%-44s %7.2f %9.2f%n", name, fa[0], fa[1]);
  }

  /** {F1 of the paraphrase class, accuracy}, in percent. */
  private static double[] f1Accuracy(List<Pair> pairs, ToDoubleFunction<Pair> score, double threshold) {
    int tp = 0, fp = 0, fn = 0, right = 0;
    for (Pair p : pairs) {
      boolean predicted = score.applyAsDouble(p) >= threshold;
      if (predicted && p.paraphrase) tp++;
      if (predicted && !p.paraphrase) fp++;
      if (!predicted && p.paraphrase) fn++;
      if (predicted == p.paraphrase) right++;
    }
    double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {100 * f1, 100.0 * right / pairs.size()};
  }

  /** The threshold that maximises F1 on {@code pairs}. */
  private static double bestThreshold(List<Pair> pairs, ToDoubleFunction<Pair> score) {
    double best = 0.5;
    double bestF1 = -1;
    for (int i = 1; i < 200; i++) {
      double t = i / 200.0;
      double f1 = f1Accuracy(pairs, score, t)[0];
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }

  private static double jaccard(String a, String b) {
    java.util.Set<String> sa = new java.util.HashSet<>(words(a));
    java.util.Set<String> sb = new java.util.HashSet<>(words(b));
    if (sa.isEmpty() && sb.isEmpty()) return 0;
    int shared = 0;
    for (String w : sa) if (sb.contains(w)) shared++;
    return shared / (double) (sa.size() + sb.size() - shared);
  }

  private static List<String> words(String s) {
    return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  /** MRPC TSV: a header, then {@code label id1 id2 sentence1 sentence2}; UTF-8 with BOM, CRLF. */
  private static List<Pair> read(Path file) throws IOException {
    if (!Files.exists(file)) throw new IOException("no MRPC file at " + file);
    List<Pair> pairs = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      in.readLine();
      String line;
      int number = 1;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) continue;
        String[] cols = line.split("\t", -1);
        if (cols.length != 5) throw new IOException(file + ":" + number + ": expected 5 tab-separated columns");
        pairs.add(new Pair(cols[0].strip().endsWith("1"), cols[3], cols[4]));
      }
    }
    return pairs;
  }
}
