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
 * <p>Newsgraph reads each article's text as it is (the repair stage is left out so that offsets
 * stay the gold ones). PolNeAR annotates every attribution, beliefs and intentions included, so
 * recall is bounded well below 100 for a quote extractor.
 */
final class QuoteEval {
  private static final String TRIM = " \t\n\"\u201c\u201d\u00ab\u00bb\u201e'\u2018\u2019,.;:!?\u2014\u2013-";

  private QuoteEval() {}

  private record Gold(Span content, Span speaker) {}

  static String run(Path data, String split) throws IOException {
    Path file = data.resolve("quotes").resolve("polnear-" + split + ".jsonl.gz");
    if (!Files.exists(file)) throw new IOException("no PolNeAR file at " + file);
    Pipeline standard = StandardPipeline.create();
    Pipeline pipeline = new Pipeline(standard.stages().stream().filter(s -> !(s instanceof TextRepairer)).toList());
    ObjectMapper json = new ObjectMapper();
    int articles = 0, goldCount = 0, predicted = 0;
    int exactP = 0, exactR = 0, overlapP = 0, overlapR = 0, attrP = 0, attrR = 0, goldWithSpeaker = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode a = json.readTree(line);
        String text = a.get("text").asText();
        List<Gold> gold = new ArrayList<>();
        for (JsonNode q : a.get("quotes")) {
          Span speaker = q.path("speakerStart").isInt()
              ? new Span(q.get("speakerStart").asInt(), q.get("speakerEnd").asInt()) : null;
          gold.add(new Gold(new Span(q.get("start").asInt(), q.get("end").asInt()), speaker));
          if (speaker != null) goldWithSpeaker++;
        }
        Document d = pipeline.apply(Article.builder(a.get("id").asText(), text).build());
        articles++;
        goldCount += gold.size();
        predicted += d.quotes().size();
        for (Quote q : d.quotes()) {
          boolean exact = false, overlap = false, attributed = false;
          for (Gold g : gold) {
            if (!overlaps(q.span(), g.content)) continue;
            overlap = true;
            if (trimmed(text, q.span()).equals(trimmed(text, g.content))) exact = true;
            if (speakerMatches(d, q, g)) attributed = true;
          }
          if (exact) exactP++;
          if (overlap) overlapP++;
          if (attributed) attrP++;
        }
        for (Gold g : gold) {
          boolean exact = false, overlap = false, attributed = false;
          for (Quote q : d.quotes()) {
            if (!overlaps(q.span(), g.content)) continue;
            overlap = true;
            if (trimmed(text, q.span()).equals(trimmed(text, g.content))) exact = true;
            if (speakerMatches(d, q, g)) attributed = true;
          }
          if (exact) exactR++;
          if (overlap) overlapR++;
          if (attributed) attrR++;
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "Quotes, PolNeAR %s: %d articles, %d gold attributions (%d with a source), %d predicted quotes%n",
        split, articles, goldCount, goldWithSpeaker, predicted));
    out.append(String.format(Locale.ROOT, "%-34s %7s %7s %7s%n", "Newsgraph", "P", "R", "F1"));
    out.append(row("content, exact (trimmed)", exactP, predicted, exactR, goldCount));
    out.append(row("content, overlap", overlapP, predicted, overlapR, goldCount));
    out.append(row("attribution (overlap + speaker)", attrP, predicted, attrR, goldCount));
    out.append("published (CofeNet paper, their preprocessing, exact F1): CoreNLP source 13.9, content 17.5;\n"
        + "  BERT-CRF source 82.2, content 71.0 (see quotes/SOURCE.txt)\n");
    return out.toString();
  }

  private static String row(String name, int rightPredicted, int predicted, int rightGold, int gold) {
    double p = predicted == 0 ? 0 : 100.0 * rightPredicted / predicted;
    double r = gold == 0 ? 0 : 100.0 * rightGold / gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return String.format(Locale.ROOT, "%-34s %7.2f %7.2f %7.2f%n", name, p, r, f);
  }

  private static boolean speakerMatches(Document d, Quote q, Gold g) {
    if (g.speaker == null) return q.speaker() == null;
    if (q.speakerMention() != null && overlaps(q.speakerMention().span(), g.speaker)) return true;
    if (q.speaker() == null) return false;
    for (Entity e : d.entities()) {
      if (!e.id().equals(q.speaker())) continue;
      for (Mention m : e.mentions()) if (overlaps(m.span(), g.speaker)) return true;
    }
    return false;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static String trimmed(String text, Span span) {
    int start = text.offsetByCodePoints(0, span.start());
    int end = text.offsetByCodePoints(0, span.end());
    while (start < end && TRIM.indexOf(text.charAt(start)) >= 0) start++;
    while (end > start && TRIM.indexOf(text.charAt(end - 1)) >= 0) end--;
    return text.substring(start, end);
  }
}
