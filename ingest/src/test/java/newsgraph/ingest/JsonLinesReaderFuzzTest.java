package newsgraph.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Any bytes as JSON Lines: each non-blank line an article or a skip naming its line, never an
 * exception or error escaping (deep nesting included). The suite replays
 * {@code JsonLinesReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class JsonLinesReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readsAnyBytesLineByLine(byte[] jsonl) throws IOException {
    FuzzChecks.Sink sink = new FuzzChecks.Sink();
    new JsonLinesReader("a.jsonl", 100_000, LocalDate.of(2026, 1, 1), sink).read(new ByteArrayInputStream(jsonl));
  }
}
