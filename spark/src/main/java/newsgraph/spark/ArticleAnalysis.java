package newsgraph.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
 */
final class ArticleAnalysis {
  private ArticleAnalysis() {}

  static Iterator<Analyzed> analyze(Iterator<ReadOutcome> articles) {
    Pipeline pipeline = SharedPipeline.get();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Analyzed next() {
        ReadOutcome in = articles.next();
        if (in.isSkip()) return Analyzed.skipped(in.source(), in.reason());
        Document doc;
        try {
          doc = pipeline.apply(in.toArticle());
        } catch (RuntimeException e) {
          return Analyzed.skipped(in.source(), "analysis failed: " + e.getMessage());
        }
        return rows(doc);
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
