package newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.store.LinkSearch;
import newsgraph.store.StoreSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBenchmarkTest {
  @TempDir Path dir;

  /** Made-up news sentences, eight words or more each, so the generator has something to draw. */
  private static List<Article> sentences() {
    List<Article> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 60; k++) {
      text.append("Officials in district ").append(k).append(" reported that the harvest figure reached ")
          .append(k * 37).append(" tonnes this season. ");
    }
    out.add(Article.builder("made-up", text.toString()).build());
    return out;
  }

  @Test
  void buildsAStoreWithPeopleAndReportsIngestLinkingAndSearch() throws Exception {
    StringWriter report = new StringWriter();
    new StoreBenchmark(sentences()).run(300, dir.resolve("store"), 100, new PrintWriter(report));
    String text = report.toString();
    assertTrue(text.contains("ingest: 300 articles"), text);
    assertTrue(text.contains("search on 300 articles"), text);
    int[] count = {0};
    try (StoreSearch s = StoreSearch.open(dir.resolve("store"))) {
      s.forEach(d -> count[0]++);
    }
    assertEquals(300, count[0]);
    try (LinkSearch links = LinkSearch.open(dir.resolve("store"))) {
      assertTrue(links.people("", 5).size() == 5, "people were linked");
    }
  }

  @Test
  void refusesAFolderThatIsNotEmpty() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("x"), "x");
    StringWriter report = new StringWriter();
    org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> new StoreBenchmark(sentences()).run(10, dir, 100, new PrintWriter(report)));
  }
}
