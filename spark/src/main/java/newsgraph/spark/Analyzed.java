package newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import newsgraph.people.PersonMention;
import newsgraph.stories.StoryArticle;
import org.apache.spark.sql.Row;

/**
 * One article after analysis, as the rows the job writes: its {@code documents} row, its
 * {@code entities} and {@code quotes} rows, its MinHash signature for the copy stage, and what
 * the story and person stages need of it (its copyOf is set later, by the copy stage). A skipped
 * input has only {@code source} and {@code reason}.
 */
record Analyzed(String source, String reason, String id, long day, int[] signature,
    Row document, List<Row> entities, List<Row> quotes, StoryArticle story, List<PersonMention> people)
    implements Serializable {

  static Analyzed skipped(String source, String reason) {
    return new Analyzed(source, reason, null, 0, null, null, List.of(), List.of(), null, List.of());
  }

  boolean isSkip() {
    return reason != null;
  }
}
