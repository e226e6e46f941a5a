package newsgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import newsgraph.document.Entity;
import newsgraph.store.StoreSearch;
import newsgraph.store.StoreSearch.Request;

/**
 * Search latency on a store, as a user's mix of requests: one or two title words, a word with a
 * speaker or entity filter, and a filter alone; every request computes facets and snippets.
 * Words and names are drawn from the store's own documents. Reports p50, p90, p99 and the
 * maximum over the timed requests, after a warm-up.
 */
public final class SearchBenchmark {
  private SearchBenchmark() {}

  public static void run(Path store, int requests, PrintWriter out) throws IOException {
    try (StoreSearch search = StoreSearch.open(store)) {
      List<String> words = new ArrayList<>();
      List<String> names = new ArrayList<>();
      int[] docs = {0};
      search.forEach(d -> {
        docs[0]++;
        if (d.title() != null) {
          for (String w : d.title().split("\\W+")) if (w.length() > 4) words.add(w.toLowerCase(Locale.ROOT));
        }
        for (Entity e : d.entities()) if (docs[0] % 7 == 0) names.add(e.name());
      });
      if (words.isEmpty() || names.isEmpty()) {
        out.println("search bench: the store at " + store + " has too few titles or entities to draw queries from");
        return;
      }
      SplittableRandom r = new SplittableRandom(42);
      List<Request> mix = new ArrayList<>();
      for (int i = 0; i < requests + 200; i++) {
        String w = words.get(r.nextInt(words.size()));
        String name = names.get(r.nextInt(names.size()));
        mix.add(switch (i % 4) {
          case 0 -> new Request(w, null, null, null, null, null, 1, 10);
          case 1 -> new Request(w + " " + words.get(r.nextInt(words.size())), null, null, null, null, null, 1, 10);
          case 2 -> new Request(w, null, name, null, null, null, 1, 10);
          default -> new Request("", name, null, null, null, null, 1, 10);
        });
      }
      for (Request q : mix.subList(0, 200)) search.search(q, "<mark>", "</mark>");
      double[] ms = new double[requests];
      long hits = 0;
      for (int i = 0; i < requests; i++) {
        long t = System.nanoTime();
        hits += search.search(mix.get(200 + i), "<mark>", "</mark>").total();
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(ms);
      out.printf(Locale.ROOT, "search on %,d articles, %,d requests after 200 warm-up (mean %.0f hits): "
          + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", docs[0], requests, hits / (double) requests,
          ms[requests / 2], ms[(int) (requests * 0.9)], ms[(int) (requests * 0.99)], ms[requests - 1]);
      out.flush();
    }
  }
}
