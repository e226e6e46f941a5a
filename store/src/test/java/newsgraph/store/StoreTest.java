package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import newsgraph.document.Document;
import newsgraph.store.StoreSearch.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir Path dir;

  private void fill() throws IOException {
    StoreFixtures.fill(dir);
  }

  private static Document article(String source, String date, String speaker, String quote, String place) {
    return StoreFixtures.article(source, date, speaker, quote, place);
  }

  private static Request query(String q) {
    return new Request(q, null, null, null, null, null, 1, 10);
  }

  @Test
  void findsArticlesByTheirWordsWithHighlightedSnippets() throws IOException {
    fill();
    try (StoreSearch s = StoreSearch.open(dir)) {
      var r = s.search(query("harvests"), "[", "]");
      assertEquals(1, r.total());
      assertTrue(r.hits().get(0).snippet().contains("[harvest]"), r.hits().get(0).snippet());
      assertEquals(1, r.hits().get(0).quotes().size());
    }
  }

  @Test
  void filtersBySpeakerEntityPlaceAndDate() throws IOException {
    fill();
    try (StoreSearch s = StoreSearch.open(dir)) {
      assertEquals(2, s.search(new Request("", "anna smith", null, null, null, null, 1, 10), "", "").total());
      assertEquals(1, s.search(new Request("", null, "Tom Ng", null, null, null, 1, 10), "", "").total());
      assertEquals(2, s.search(new Request(null, null, null, "London", null, null, 1, 10), "", "").total());
      assertEquals(1, s.search(new Request(null, null, null, "Genève", null, null, 1, 10), "", "").total());
      assertEquals(2, s.search(new Request(null, null, null, null, LocalDate.parse("2024-03-02"), null, 1, 10), "", "").total());
      assertEquals(1, s.search(new Request(null, "Anna Smith", null, null, null, LocalDate.parse("2024-03-31"), 1, 10), "", "").total());
    }
  }

  @Test
  void countsFacetsOverTheHits() throws IOException {
    fill();
    try (StoreSearch s = StoreSearch.open(dir)) {
      var facets = s.search(query(""), "", "").facets();
      assertEquals(2, facets.get("speaker").get("Anna Smith"));
      assertEquals(2, facets.get("place").get("London"));
      assertEquals(2, facets.get("month").get("2024-03"));
      var london = s.search(new Request(null, null, null, "london", null, null, 1, 10), "", "").facets();
      assertEquals(1, london.get("speaker").get("Anna Smith"));
    }
  }

  @Test
  void addingTheSameArticleAgainKeepsOneCopy() throws IOException {
    fill();
    try (Store store = Store.open(dir)) {
      assertTrue(store.containsInput("ka"));
      assertFalse(store.containsInput("zz"));
      store.add(article("a", "2024-03-01", "Anna Smith", "We will not accept the grain deal", "Geneva"), "ka");
      assertEquals(3, store.size());
    }
  }

  @Test
  void readersSeeEachCommitWhileTheWriterGoesOn() throws IOException {
    try (Store store = Store.open(dir)) {
      store.add(article("a", "2024-03-01", "Anna Smith", "We will not accept the grain deal", "Geneva"), "ka");
      store.commit();
      store.add(article("b", "2024-03-05", "Tom Ng", "Interest rates must fall soon", "London"), "kb");
      try (StoreSearch s = StoreSearch.open(dir)) {
        assertEquals(1, s.search(query(""), "", "").total());
      }
    }
  }

  @Test
  void findsADocumentByItsId() throws IOException {
    fill();
    String id = article("b", "2024-03-05", "Tom Ng", "Interest rates must fall soon", "London").id();
    try (StoreSearch s = StoreSearch.open(dir)) {
      assertEquals("b", s.byId(id).document().source());
      assertEquals(null, s.byId("nope"));
    }
  }

  @Test
  void aMissingStoreIsAClearError() {
    IOException e = assertThrows(IOException.class, () -> StoreSearch.open(dir.resolve("nope")));
    assertTrue(e.getMessage().contains("no store at"), e.getMessage());
  }
}
