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
    new StoreBenchmark(sentences()).run(300, dir.resolve("store"), 100, false, true, new PrintWriter(report));
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

  private static java.util.Map<String, String> copyOf(Path store) throws java.io.IOException {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    try (StoreSearch s = StoreSearch.open(store)) {
      for (int page = 1; page <= 3; page++) {
        s.search(new StoreSearch.Request("", null, null, null, null, null, page, 100), "", "").hits()
            .forEach(h -> out.put(h.document().id(), h.copyOf() == null ? "-" : h.copyOf()));
      }
    }
    return out;
  }

  @Test
  void bulkAndOneByOneStoresHaveTheSameCopiesAndLinkingCanBeSkipped() throws Exception {
    StringWriter bulk = new StringWriter();
    new StoreBenchmark(sentences()).run(300, dir.resolve("bulk"), 100, false, false, new PrintWriter(bulk));
    StringWriter one = new StringWriter();
    new StoreBenchmark(sentences()).run(300, dir.resolve("one"), 100, true, false, new PrintWriter(one));
    assertTrue(bulk.toString().contains("(bulk, "), bulk.toString());
    assertTrue(bulk.toString().contains("link: skipped (--no-link)"), bulk.toString());
    assertTrue(one.toString().contains("(one by one, "), one.toString());
    java.util.Map<String, String> expected = copyOf(dir.resolve("one"));
    assertEquals(300, expected.size());
    assertTrue(expected.values().stream().filter(c -> !c.equals("-")).count() > 20, "planted copies found");
    assertEquals(expected, copyOf(dir.resolve("bulk")));
  }

  @Test
  void refusesAFolderThatIsNotEmpty() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("x"), "x");
    StringWriter report = new StringWriter();
    org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> new StoreBenchmark(sentences()).run(10, dir, 100, false, true, new PrintWriter(report)));
  }
}
