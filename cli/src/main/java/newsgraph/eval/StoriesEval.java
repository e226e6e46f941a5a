package newsgraph.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsgraph.analysis.StandardPipeline;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.json.DocumentJson;
import newsgraph.pipeline.OrderedParallelRunner;
import newsgraph.pipeline.Pipeline;
import newsgraph.stories.StoryDetector;
import newsgraph.stories.StoryFeatures;

/**
 * {@code eval stories}: pairwise precision, recall and F1 of story grouping on hand-labelled
 * same-event families of the BBC corpus ({@code bbc-stories.tsv}, ids and labels only). The whole
 * corpus is analysed and grouped (so the rest of it acts as distractors and sets the word
 * statistics); pairs are scored among the labelled articles of the split. Baseline: the same
 * candidates linked on shared words alone (cosine of TF-IDF vectors, names ignored), at the
 * threshold that is best on dev. {@code -Dnewsgraph.eval.analysed=FILE} keeps the analysed corpus
 * in FILE (JSON Lines) between runs, for development.
 */
final class StoriesEval {
  private StoriesEval() {}

  record Label(String id, String split, String family, String event) {}

  static String run(Path data, String split) throws IOException {
    List<Label> labels = labels();
    Map<String, Document> docs = analysed(data);
    List<Label> scored = labels.stream().filter(l -> split.equals("test") ? l.split().equals("test") : l.split().equals("dev")).toList();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Stories, BBC %s: %d labelled articles in %d families, %d same-event pairs; %d articles grouped%n",
        split.equals("test") ? "test" : "dev", scored.size(), scored.stream().map(Label::family).distinct().count(),
        goldPairs(scored), docs.size()));
    out.append(String.format(Locale.ROOT, "%-52s %9s %7s %7s%n", "", "precision", "recall", "F1"));
    StoryDetector.Settings d = StoryDetector.Settings.DEFAULT;
    out.append(row("Newsgraph (" + d + ")", scored, group(docs, d)));
    for (double t : new double[] {0.3, 0.4, 0.5}) {
      out.append(row("baseline: words only, t=" + t, scored, group(docs, new StoryDetector.Settings(d.windowDays(), t, 0, d.minShared(), d.maxDfShare()))));
    }
    if (Boolean.getBoolean("newsgraph.eval.sweep")) {
      for (double df : new double[] {0.01, 0.03, 0.05}) {
        for (double t : new double[] {0.45, 0.5, 0.55, 0.6}) {
          for (double w : new double[] {0.25, 0.5}) {
            out.append(row("sweep maxDf=" + df + " t=" + t + " names=" + w, scored,
                group(docs, new StoryDetector.Settings(d.windowDays(), t, w, d.minShared(), df))));
          }
        }
      }
    }
    out.append(misses(scored, group(docs, d)));
    return out.toString();
  }

  static Map<String, String> group(Map<String, Document> docs, StoryDetector.Settings settings) {
    StoryDetector detector = new StoryDetector(settings);
    for (Map.Entry<String, Document> e : docs.entrySet()) {
      var features = StoryFeatures.of(e.getValue(), null);
      detector.add(new newsgraph.stories.StoryArticle(e.getKey(), features.published(), null, features.names(), features.terms()));
    }
    return detector.stories();
  }

  private static long goldPairs(List<Label> scored) {
    long n = 0;
    for (int i = 0; i < scored.size(); i++) {
      for (int j = i + 1; j < scored.size(); j++) if (same(scored.get(i), scored.get(j))) n++;
    }
    return n;
  }

  private static boolean same(Label a, Label b) {
    return a.family().equals(b.family()) && a.event().equals(b.event());
  }

  private static String row(String name, List<Label> scored, Map<String, String> story) {
    long tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < scored.size(); i++) {
      for (int j = i + 1; j < scored.size(); j++) {
        Label a = scored.get(i), b = scored.get(j);
        String sa = story.get(a.id()), sb = story.get(b.id());
        boolean predicted = sa != null && sa.equals(sb);
        if (predicted && same(a, b)) tp++;
        else if (predicted) fp++;
        else if (same(a, b)) fn++;
      }
    }
    double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return String.format(Locale.ROOT, "%-52s %9.3f %7.3f %7.3f   (tp %d, fp %d, fn %d)%n", name, p, r, f, tp, fp, fn);
  }

  private static String misses(List<Label> scored, Map<String, String> story) {
    StringBuilder out = new StringBuilder("missed pairs / wrong pairs:\n");
    for (int i = 0; i < scored.size(); i++) {
      for (int j = i + 1; j < scored.size(); j++) {
        Label a = scored.get(i), b = scored.get(j);
        String sa = story.get(a.id()), sb = story.get(b.id());
        boolean predicted = sa != null && sa.equals(sb);
        if (predicted != same(a, b)) {
          out.append(predicted ? "  wrong  " : "  missed ").append(a.id()).append(' ').append(a.event())
              .append(" ~ ").append(b.id()).append(' ').append(b.event()).append('\n');
        }
      }
    }
    return out.toString();
  }

  static List<Label> labels() throws IOException {
    List<Label> out = new ArrayList<>();
    try (InputStream in = StoriesEval.class.getResourceAsStream("bbc-stories.tsv")) {
      if (in == null) throw new IOException("bbc-stories.tsv is missing from the classpath");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        out.add(new Label(f[0], f[1], f[2], f[3]));
      }
    }
    return out;
  }

  /** The analysed BBC corpus by its ids, from the cache file when set. */
  static Map<String, Document> analysed(Path data) throws IOException {
    String cache = System.getProperty("newsgraph.eval.analysed");
    Map<String, Document> out = new HashMap<>();
    if (cache != null && Files.exists(Path.of(cache))) {
      try (BufferedReader r = Files.newBufferedReader(Path.of(cache))) {
        for (String line; (line = r.readLine()) != null; ) {
          Document d = DocumentJson.read(line);
          out.put(bbcId(d.source()), d);
        }
      }
      return out;
    }
    List<Article> articles = NewsCorpus.articles(data);
    Pipeline pipeline = StandardPipeline.create();
    List<Document> docs = new ArrayList<>();
    try (var runner = new OrderedParallelRunner<Article, Document>(Runtime.getRuntime().availableProcessors(),
        pipeline::apply, o -> {
          if (o.error() != null) throw o.error();
          docs.add(o.result());
        })) {
      for (Article a : articles) runner.submit(a);
      runner.finish();
    }
    // Every article, exact duplicates too: two articles may share a text under two headlines.
    for (Document d : docs) out.put(bbcId(d.source()), d);
    if (cache != null) {
      try (BufferedWriter w = Files.newBufferedWriter(Path.of(cache))) {
        for (Document d : out.values()) {
          w.write(DocumentJson.toJson(d));
          w.write('\n');
        }
      }
    }
    return out;
  }

  private static String bbcId(String source) {
    int hash = source.lastIndexOf('#');
    return hash < 0 ? source : source.substring(hash + 1);
  }
}
