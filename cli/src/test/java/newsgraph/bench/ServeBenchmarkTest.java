package newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeBenchmarkTest {
  @TempDir Path dir;

  @Test
  void searchLoadStopsOnTimeAndReportsEveryRequestAnswered() throws Exception {
    try (Store store = Store.open(dir)) {
      store.add(Document.of(Article.builder("a", "Farmers protested about grain prices in the capital.").build()), "a");
      store.add(Document.of(Article.builder("b", "The minister answered questions about harvest prices.").build()), "b");
    }
    StringWriter out = new StringWriter();
    long start = System.nanoTime();
    List<ServeBenchmark.Result> results = ServeBenchmark.run(dir, 2, Duration.ofSeconds(1), false, new PrintWriter(out));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(seconds < 10, "a 1 s run took " + seconds + " s");
    assertEquals(1, results.size());
    ServeBenchmark.Result search = results.get(0);
    assertTrue(search.requests() >= 2, out.toString()); // at least one per client, however loaded the machine
    assertEquals(0, search.errors(), out.toString());
    assertTrue(search.p50() <= search.p99() && search.p99() <= search.max(), out.toString());
    assertTrue(out.toString().contains("req/s"), out.toString());
  }

  @Test
  void percentilesAreNearestRank() {
    double[] ms = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(5, ServeBenchmark.percentile(ms, 0.5));
    assertEquals(10, ServeBenchmark.percentile(ms, 0.99));
    assertEquals(0, ServeBenchmark.percentile(new double[0], 0.5));
  }
}
