package newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import newsgraph.analysis.StandardPipeline;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.Mention;
import newsgraph.document.Quote;
import newsgraph.document.Span;
import newsgraph.pipeline.Pipeline;
import newsgraph.repair.TextRepairer;

/**
 * {@code eval quotes}: quotations and their speakers on PolNeAR (news attributions with content,
 * cue and source spans). Content spans are compared exactly (after trimming quotation marks,
 * spaces and punctuation from both ends, since PolNeAR's direct quotes include their marks) and
 * by overlap; a quote is attributed correctly when it overlaps a gold quote and its speaker
 * mention, or any mention of its speaker entity, overlaps that quote's gold source span.
 *
 * <p>Beside it, CoreNLP's quote annotator with its attribution ({@link CoreNlpQuotes}) on the same
 * articles. Newsgraph reads each article's text as it is (the repair stage is left out so that
 * offsets stay the gold ones). PolNeAR annotates every attribution, beliefs and intentions included, so
 * recall is bounded well below 100 for a quote extractor.
 */
final class QuoteEval {
  private static final String TRIM = " \t\n\"\u201c\u201d\u00ab\u00bb\u201e'\u2018\u2019,.;:!?\u2014\u2013-";

  private QuoteEval() {}

  private record Gold(Span content, Span speaker, String speakerText) {}

  /** A predicted quote: its span, and where and how its speaker is named (any may match). */
  private record Predicted(Span content, List<Span> speakerSpans, List<String> speakerNames) {}

  /** Counts for one system: {exactP, overlapP, attrP, predicted, exactR, overlapR, attrR}. */
  private static final class Score {
    int exactP, overlapP, attrP, predicted, exactR, overlapR, attrR;

    /** Compares every overlapping pair once; each side counts its items that found a match. */
    void add(String text, List<Gold> gold, List<Predicted> predictions) {
      predicted += predictions.size();
      boolean[][] predictedFlags = new boolean[predictions.size()][3]; // overlap, exact, attributed
      boolean[][] goldFlags = new boolean[gold.size()][3];
      for (int i = 0; i < predictions.size(); i++) {
        Predicted q = predictions.get(i);
        for (int j = 0; j < gold.size(); j++) {
          Gold g = gold.get(j);
          if (!overlaps(q.content, g.content)) continue;
          boolean[] pair = {true, trimmed(text, q.content).equals(trimmed(text, g.content)), speakerMatches(q, g)};
          for (int k = 0; k < 3; k++) {
            predictedFlags[i][k] |= pair[k];
            goldFlags[j][k] |= pair[k];
          }
        }
      }
      for (boolean[] f : predictedFlags) {
        if (f[0]) overlapP++;
        if (f[1]) exactP++;
        if (f[2]) attrP++;
      }
      for (boolean[] f : goldFlags) {
        if (f[0]) overlapR++;
        if (f[1]) exactR++;
        if (f[2]) attrR++;
      }
    }
  }

  static String run(Path data, String split, boolean withBaseline) throws IOException {
    Path file = data.resolve("quotes").resolve("polnear-" + split + ".jsonl.gz");
    if (!Files.exists(file)) throw new IOException("no PolNeAR file at " + file);
    Pipeline standard = StandardPipeline.create();
    Pipeline pipeline = new Pipeline(standard.stages().stream().filter(s -> !(s instanceof TextRepairer)).toList());
    CoreNlpQuotes corenlp = withBaseline ? new CoreNlpQuotes() : null;
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> articles = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) articles.add(json.readTree(line));
    }
    Score ours = new Score();
    Score theirs = new Score();
    int goldCount = 0, goldWithSpeaker = 0;
    long oursNanos = 0, theirsNanos = 0;
    for (JsonNode a : articles) {
      String text = a.get("text").asText();
      List<Gold> gold = new ArrayList<>();
      for (JsonNode q : a.get("quotes")) {
        Span speaker = q.path("speakerStart").isInt()
            ? new Span(q.get("speakerStart").asInt(), q.get("speakerEnd").asInt()) : null;
        gold.add(new Gold(new Span(q.get("start").asInt(), q.get("end").asInt()), speaker,
            q.path("speaker").isTextual() ? q.get("speaker").asText() : null));
        if (speaker != null) goldWithSpeaker++;
      }
      goldCount += gold.size();
      long t0 = System.nanoTime();
      Document d = pipeline.apply(Article.builder(a.get("id").asText(), text).build());
      oursNanos += System.nanoTime() - t0;
      ours.add(text, gold, predictions(d));
      if (corenlp == null) continue;
      t0 = System.nanoTime();
      List<CoreNlpQuotes.Found> found = corenlp.quotes(text);
      theirsNanos += System.nanoTime() - t0;
      List<Predicted> baseline = new ArrayList<>();
      for (CoreNlpQuotes.Found f : found) {
        baseline.add(new Predicted(f.span(), f.speakerSpan() == null ? List.of() : List.of(f.speakerSpan()),
            f.speakerNames()));
      }
      theirs.add(text, gold, baseline);
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "Quotes, PolNeAR %s: %d articles, %d gold attributions (%d with a source); predicted: Newsgraph %d, CoreNLP %d%n",
        split, articles.size(), goldCount, goldWithSpeaker, ours.predicted, theirs.predicted));
    out.append(String.format(Locale.ROOT, "%-34s %-23s %-23s%n", "", "Newsgraph  P      R      F1",
        "CoreNLP quote  P      R      F1"));
    out.append(row("content, exact (trimmed)", ours.exactP, ours.predicted, ours.exactR, theirs.exactP, theirs.predicted, theirs.exactR, goldCount));
    out.append(row("content, overlap", ours.overlapP, ours.predicted, ours.overlapR, theirs.overlapP, theirs.predicted, theirs.overlapR, goldCount));
    out.append(row("attribution (overlap + speaker)", ours.attrP, ours.predicted, ours.attrR, theirs.attrP, theirs.predicted, theirs.attrR, goldCount));
    if (corenlp == null) out.append("(CoreNLP baseline skipped: --no-baseline)\n");
    out.append(String.format(Locale.ROOT, "analysis time: Newsgraph %.1f s (whole pipeline), CoreNLP %.1f s (%s), one thread%n",
        oursNanos / 1e9, theirsNanos / 1e9, CoreNlpQuotes.ANNOTATORS));
    out.append("published (CofeNet paper, their preprocessing, exact F1): CoreNLP source 13.9, content 17.5;\n"
        + "  BERT-CRF source 82.2, content 71.0 (see quotes/SOURCE.txt)\n");
    return out.toString();
  }

  private static List<Predicted> predictions(Document d) {
    List<Predicted> out = new ArrayList<>();
    for (Quote q : d.quotes()) {
      List<Span> spans = new ArrayList<>();
      List<String> names = new ArrayList<>();
      if (q.speakerMention() != null) spans.add(q.speakerMention().span());
      for (Entity e : d.entities()) {
        if (!e.id().equals(q.speaker())) continue;
        for (Mention m : e.mentions()) spans.add(m.span());
        names.add(e.name());
      }
      out.add(new Predicted(q.span(), spans, names));
    }
    return out;
  }

  private static String row(String name, int p1, int n1, int r1, int p2, int n2, int r2, int gold) {
    return String.format(Locale.ROOT, "%-34s %s    %s%n", name, prf(p1, n1, r1, gold), prf(p2, n2, r2, gold));
  }

  private static String prf(int rightPredicted, int predicted, int rightGold, int gold) {
    double p = predicted == 0 ? 0 : 100.0 * rightPredicted / predicted;
    double r = gold == 0 ? 0 : 100.0 * rightGold / gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return String.format(Locale.ROOT, "%6.2f %6.2f %6.2f", p, r, f);
  }

  /**
   * The gold source is matched when a speaker span overlaps it, or a speaker name and the gold
   * source text contain one another ("Pat Caddell" and "Caddell"): the same rule for both systems.
   */
  private static boolean speakerMatches(Predicted q, Gold g) {
    if (g.speaker == null) return q.speakerSpans.isEmpty() && q.speakerNames.isEmpty();
    for (Span s : q.speakerSpans) if (overlaps(s, g.speaker)) return true;
    String goldText = g.speakerText == null ? "" : g.speakerText.toLowerCase(Locale.ROOT);
    for (String name : q.speakerNames) {
      String n = name.toLowerCase(Locale.ROOT);
      if (!n.isBlank() && !goldText.isBlank() && (goldText.contains(n) || n.contains(goldText))) return true;
    }
    return false;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.overlaps(b);
  }

  private static String trimmed(String text, Span span) {
    int start = text.offsetByCodePoints(0, span.start());
    int end = text.offsetByCodePoints(0, span.end());
    while (start < end && TRIM.indexOf(text.charAt(start)) >= 0) start++;
    while (end > start && TRIM.indexOf(text.charAt(end - 1)) >= 0) end--;
    return text.substring(start, end);
  }
}
