package newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes through charset detection and extraction: no exception or error (a StackOverflowError
 * included), and the text laid out as the contract says, one stripped non-empty paragraph per line.
 * The suite runs it over {@code HtmlExtractorFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class HtmlExtractorFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void extractsAnyBytesIntoCleanLines(byte[] html) {
    ExtractedPage page = HtmlExtractor.extract(html, "https://example.org/a/b");
    for (String line : page.text().split("\n", -1)) {
      if (page.text().isEmpty()) break;
      assertFalse(line.isEmpty(), "empty line in the text");
      assertEquals(line.strip(), line, "line not stripped");
    }
    if (page.title() != null) assertFalse(page.title().isBlank(), "blank title");
  }
}
