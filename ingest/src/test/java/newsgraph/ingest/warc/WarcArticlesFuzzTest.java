package newsgraph.ingest.warc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import newsgraph.ingest.FuzzChecks;

/**
 * Any bytes as a WARC archive (jwarc unwraps gzip itself): articles or skips with reasons, never
 * an exception or error escaping. The suite replays {@code WarcArticlesFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes it.
 */
class WarcArticlesFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readsAnyBytesAsAnArchive(byte[] warc) {
    FuzzChecks.Sink sink = new FuzzChecks.Sink();
    new WarcArticles("a.warc", 100_000, LocalDate.of(2026, 1, 1), sink).read(new ByteArrayInputStream(warc));
  }
}
