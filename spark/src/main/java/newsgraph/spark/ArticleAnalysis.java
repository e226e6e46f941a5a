package newsgraph.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import newsgraph.document.Document;
import newsgraph.people.PersonMentions;
import newsgraph.pipeline.Pipeline;
import newsgraph.store.Exporter;
import newsgraph.store.MinHash;
import newsgraph.stories.StoryFeatures;
import org.apache.spark.sql.Row;

/**
 * The analysis of one partition: every article through the JVM's shared pipeline, one at a time
 * as Spark pulls them, into the export's rows. An article the pipeline fails on is a skip with
 * the stage's message, as in the CLI.
 *
 * <p>Each id once, as the store keeps one article per id: an id hashes the source and the
 * repaired text, and the job partitions the articles by source, so every article that could
 * share an id is in the same partition. An input read twice (overlapping paths, a repeated line)
 * is dropped before its analysis; one whose raw text differs but repairs to the same text, after.
 */
final class ArticleAnalysis {
  private ArticleAnalysis() {}

  static Iterator<Analyzed> analyze(Iterator<ReadOutcome> articles) {
    Pipeline pipeline = SharedPipeline.get();
    Set<String> inputs = new HashSet<>();
    Set<String> ids = new HashSet<>();
    return new Iterator<>() {
      private Analyzed next;

      @Override
      public boolean hasNext() {
        while (next == null && articles.hasNext()) next = analyze(articles.next());
        return next != null;
      }

      @Override
      public Analyzed next() {
        if (!hasNext()) throw new NoSuchElementException();
        Analyzed a = next;
        next = null;
        return a;
      }

      /** The article's rows, a skip, or null for an id already given. */
      private Analyzed analyze(ReadOutcome in) {
        if (in.isSkip()) return Analyzed.skipped(in.source(), in.reason());
        if (!inputs.add(Document.idOf(in.source(), in.text()))) return null;
        Document doc;
        try {
          doc = pipeline.apply(in.toArticle());
        } catch (RuntimeException e) {
          return Analyzed.skipped(in.source(), "analysis failed: " + e.getMessage());
        }
        return ids.add(doc.id()) ? rows(doc) : null;
      }
    };
  }

  static Analyzed rows(Document doc) {
    long day = doc.published() == null ? Long.MAX_VALUE : doc.published().toEpochDay();
    return new Analyzed(doc.source(), null, doc.id(), day, MinHash.signature(doc.text()),
        Tables.row("documents", Exporter.documentRow(doc)),
        rows("entities", Exporter.entityRows(doc)), rows("quotes", Exporter.quoteRows(doc)),
        StoryFeatures.of(doc, null), PersonMentions.of(doc));
  }

  private static List<Row> rows(String table, List<Map<String, Object>> values) {
    List<Row> rows = new ArrayList<>(values.size());
    for (Map<String, Object> v : values) rows.add(Tables.row(table, v));
    return rows;
  }
}
