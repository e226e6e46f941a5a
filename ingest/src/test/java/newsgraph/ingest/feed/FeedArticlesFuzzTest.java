package newsgraph.ingest.feed;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import newsgraph.ingest.FuzzChecks;

/**
 * Any bytes as a feed: every item an article with text or a skip with a reason, never an
 * exception or error escaping (a StackOverflowError on deep XML included).
 * The suite replays {@code FeedArticlesFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class FeedArticlesFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readsAnyBytesAsAFeedOrSaysWhyNot(byte[] xml) {
    FuzzChecks.Sink sink = new FuzzChecks.Sink();
    FeedArticles.read("f.xml", xml, LocalDate.of(2026, 1, 1), sink);
    sink.checkSomethingReported();
  }
}
