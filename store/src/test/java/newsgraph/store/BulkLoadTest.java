package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import newsgraph.document.Article;
import newsgraph.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoadTest {
  @TempDir Path dir;

  private static final String[] WORDS = ("grain talks ship port wheat harvest minister bank rate vote "
      + "court judge strike union rail fuel price river flood road school doctor clinic trade tariff "
      + "market share profit loss team match goal coach season city mayor council budget tax").split(" ");

  /**
   * Forty stories of sixty random words; every third has one to three copies with a site header,
   * a word changed and a later (or, for some, earlier) date, in shuffled order, so that some
   * copies arrive before their original and roots must move.
   */
  private static List<BulkLoad.Input> corpus() {
    SplittableRandom r = new SplittableRandom(7);
    List<BulkLoad.Input> out = new ArrayList<>();
    for (int s = 0; s < 40; s++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 60; w++) text.append(WORDS[r.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
      LocalDate day = LocalDate.of(2024, 3, 1).plusDays(r.nextInt(20));
      out.add(input("site" + s, day, text.toString()));
      if (s % 3 == 0) {
        for (int c = 0; c < 1 + s % 4; c++) {
          String copy = "Site " + c + " | Home | News\n" + text.toString().replaceFirst("grain", "corn") + "\nShare this.";
          out.add(input("copy" + s + "-" + c, day.plusDays(r.nextInt(5) - 1), copy));
        }
      }
    }
    for (int i = out.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      BulkLoad.Input t = out.get(i);
      out.set(i, out.get(j));
      out.set(j, t);
    }
    return out;
  }

  private static BulkLoad.Input input(String source, LocalDate day, String text) {
    return new BulkLoad.Input(Document.of(Article.builder(source, text).published(day).build()), "k-" + source);
  }

  private static Map<String, String> copyOf(Path store) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (StoreSearch s = StoreSearch.open(store)) {
      s.search(new StoreSearch.Request("", null, null, null, null, null, 1, 100), "", "").hits()
          .forEach(h -> out.put(h.document().source(), h.copyOf() == null ? "-" : h.copyOf()));
    }
    return out;
  }

  @Test
  void bulkAndOneByOneGiveTheSameCopies() throws IOException {
    List<BulkLoad.Input> inputs = corpus();
    Path one = dir.resolve("one");
    Path bulk = dir.resolve("bulk");
    try (Store store = Store.open(one)) {
      for (BulkLoad.Input in : inputs) store.add(in.document(), in.inputKey());
    }
    BulkLoad.Result result;
    try (Store store = Store.open(bulk)) {
      result = store.addAll(inputs.size(), inputs);
    }
    Map<String, String> expected = copyOf(one);
    assertEquals(inputs.size(), expected.size());
    long copies = expected.values().stream().filter(c -> !c.equals("-")).count();
    assertTrue(copies >= 15, "the corpus plants copies: " + copies);
    assertEquals(expected, copyOf(bulk));
    assertEquals(new BulkLoad.Result(inputs.size(), (int) copies), result);
  }

  @Test
  void bulkLoadedArticlesAreSearchableAndKnownByInputKey() throws IOException {
    List<BulkLoad.Input> inputs = new ArrayList<>();
    inputs.add(new BulkLoad.Input(StoreFixtures.article("a", "2024-03-01", "Anna Smith", "We will not accept the grain deal", "Geneva"), "ka"));
    inputs.add(new BulkLoad.Input(StoreFixtures.article("b", "2024-03-05", "Tom Ng", "Interest rates must fall soon", "London"), "kb"));
    // The same input twice is stored once.
    inputs.add(inputs.get(1));
    try (Store store = Store.open(dir)) {
      assertEquals(new BulkLoad.Result(2, 0), store.addAll(10, inputs));
      assertTrue(store.containsInput("kb"));
      assertEquals(2, store.size());
      // A later article one by one still finds its bulk-loaded original.
      Document copy = StoreFixtures.article("c", "2024-03-06", "Tom Ng", "Interest rates must fall soon", "London");
      assertEquals(inputs.get(1).document().id(), store.add(copy, "kc"));
    }
    try (StoreSearch s = StoreSearch.open(dir)) {
      var found = s.search(new StoreSearch.Request("grain", null, null, null, null, null, 1, 10), "[", "]");
      assertEquals(1, found.total());
      assertEquals("a", found.hits().get(0).document().source());
    }
  }

  @Test
  void aFilledStoreRefusesABulkLoad() throws IOException {
    try (Store store = Store.open(dir)) {
      store.add(StoreFixtures.article("a", "2024-03-01", "Anna Smith", "We will not accept the grain deal", "Geneva"), "ka");
      List<BulkLoad.Input> more = List.of(new BulkLoad.Input(
          StoreFixtures.article("b", "2024-03-05", "Tom Ng", "Interest rates must fall soon", "London"), "kb"));
      assertThrows(IllegalStateException.class, () -> store.addAll(1, more));
    }
  }
}
