package newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzeJobOptionsTest {
  @Test void lastPathIsTheOutputAndTheRestAreInputs() {
    AnalyzeJob.Options o = AnalyzeJob.Options.parse("--date", "2024-03-05", "a.jsonl", "s3a://b/warc/", "out");
    assertEquals(List.of("a.jsonl", "s3a://b/warc/"), o.inputs());
    assertEquals("out", o.output());
    assertEquals(LocalDate.of(2024, 3, 5), o.date());
    assertEquals(0, o.partitions());
  }

  @Test void refusesAMissingOutputABadDateAndUnknownOptions() {
    assertThrows(IllegalArgumentException.class, () -> AnalyzeJob.Options.parse("only-input"));
    IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
        () -> AnalyzeJob.Options.parse("--date", "5 March", "in", "out"));
    assertTrue(date.getMessage().contains("--date"), date.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AnalyzeJob.Options.parse("--fast", "in", "out"));
    assertThrows(IllegalArgumentException.class, () -> AnalyzeJob.Options.parse("in", "out", "--partitions"));
  }

  @Test void localFilesAreNamedByPathAsTheCliNamesThemAndOtherUrisStayWhole() {
    assertEquals("/data/news/a b.txt", InputReading.sourceName("file:/data/news/a b.txt"));
    assertEquals("hdfs://nn:8020/news/a.txt", InputReading.sourceName("hdfs://nn:8020/news/a.txt"));
  }
}
