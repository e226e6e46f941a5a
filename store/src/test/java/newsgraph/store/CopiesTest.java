package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import newsgraph.document.Article;
import newsgraph.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopiesTest {
  @TempDir Path dir;

  private static final String WIRE = "Russia and Turkey agreed on Tuesday to resume talks on a shipping "
      + "corridor for grain exports from Black Sea ports, officials said after a meeting in Moscow. "
      + "The two sides will meet again next month in Istanbul to settle insurance for the ships, and "
      + "traders said prices for wheat fell two percent on the news. The agriculture ministry said "
      + "exports had reached a record in the season so far, helped by a large harvest in the south.";

  private static Document doc(String source, String date, String text) {
    return Document.of(Article.builder(source, text).published(date == null ? null : LocalDate.parse(date)).build());
  }

  private Map<String, String> copyOf() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (StoreSearch s = StoreSearch.open(dir)) {
      s.search(new StoreSearch.Request("", null, null, null, null, null, 1, 100), "", "").hits()
          .forEach(h -> out.put(h.document().source(), h.copyOf()));
    }
    return out;
  }

  private static String id(String source, String date, String text) {
    return doc(source, date, text).id();
  }

  @Test
  void aWireStoryOnAnotherSiteWithEditsIsACopyOfTheEarliest() throws IOException {
    String edited = "SITE B NEWS | Home | World\n" + WIRE.replace("two percent", "2%")
        .replace("officials said", "officials told reporters") + "\nShare this story. Sign up for our newsletter.";
    try (Store store = Store.open(dir)) {
      assertNull(store.add(doc("a", "2024-03-05", WIRE), "ka"));
      assertEquals(id("a", "2024-03-05", WIRE), store.add(doc("b", "2024-03-06", edited), "kb"));
      assertNull(store.add(doc("c", "2024-03-06", "Floods closed roads across Assam on Tuesday, and "
          + "officials said rain would continue for two more days across the state."), "kc"));
    }
    Map<String, String> copies = copyOf();
    assertNull(copies.get("a"));
    assertEquals(id("a", "2024-03-05", WIRE), copies.get("b"));
    assertNull(copies.get("c"));
  }

  @Test
  void anEarlierCopyArrivingLaterBecomesTheRoot() throws IOException {
    try (Store store = Store.open(dir)) {
      store.add(doc("late", "2024-03-07", WIRE + " Updated."), "k1");
      store.add(doc("later", "2024-03-08", WIRE + " Updated twice."), "k2");
      assertNull(store.add(doc("first", "2024-03-05", WIRE), "k3"));
    }
    Map<String, String> copies = copyOf();
    String first = id("first", "2024-03-05", WIRE);
    assertNull(copies.get("first"));
    assertEquals(first, copies.get("late"));
    assertEquals(first, copies.get("later"));
  }

  @Test
  void signaturesEstimateJaccard() {
    int[] a = MinHash.signature(WIRE);
    assertEquals(1.0, MinHash.similarity(a, MinHash.signature(WIRE)));
    double edited = MinHash.similarity(a, MinHash.signature(WIRE.replace("Tuesday", "Monday")));
    assertTrue(edited > 0.7 && edited < 1.0, "one word changed: " + edited);
    assertTrue(MinHash.similarity(a, MinHash.signature("A different story about football.")) < 0.1);
  }
}
