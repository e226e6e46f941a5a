package newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import newsgraph.store.Store;
import newsgraph.store.StoreSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedStoreTest {
  @TempDir Path dir;

  private static long total(StoreSearch s) throws Exception {
    return s.search(new StoreSearch.Request(null, null, null, null, null, null, 0, 10), "[", "]").total();
  }

  @Test void requestsShareOneViewUntilAnIngestCommits() throws Exception {
    ApiFixtures.fill(dir);
    try (SharedStore shared = SharedStore.of(dir)) {
      StoreSearch first;
      try (SharedStore.Lease a = shared.acquire(); SharedStore.Lease b = shared.acquire()) {
        first = a.search();
        assertSame(first, b.search());
        assertEquals(4, total(first));
      }
      try (Store store = Store.open(dir)) {
        store.add(ApiFixtures.article("d", "2024-04-09", "Tom Ng", "Rates will hold", "Paris"), "kd");
      }
      try (SharedStore.Lease c = shared.acquire()) {
        assertNotSame(first, c.search());
        assertEquals(5, total(c.search()));
      }
    }
  }

  @Test void requestsSeeTheCorpusLinksOnceTheyAreCommitted() throws Exception {
    ApiFixtures.fill(dir); // not linked yet
    String annaDoc = ApiFixtures.GRAIN.id();
    try (SharedStore shared = SharedStore.of(dir)) {
      try (SharedStore.Lease a = shared.acquire(); SharedStore.Lease b = shared.acquire()) {
        assertSame(a.links(), b.links());
        assertEquals(java.util.Map.of(), a.links().article(annaDoc).personIds());
      }
      try (Store store = Store.open(dir)) {
        store.link();
      }
      try (SharedStore.Lease c = shared.acquire()) {
        assertNotNull(c.links().article(annaDoc).personIds().get("e1"), "Anna Smith's person id");
      }
    }
  }

  @Test void aReplacedViewStaysOpenForTheRequestStillUsingIt() throws Exception {
    ApiFixtures.fill(dir);
    try (SharedStore shared = SharedStore.of(dir); SharedStore.Lease old = shared.acquire()) {
      try (Store store = Store.open(dir)) {
        store.add(ApiFixtures.article("d", "2024-04-09", "Tom Ng", "Rates will hold", "Paris"), "kd");
      }
      try (SharedStore.Lease fresh = shared.acquire()) {
        assertEquals(5, total(fresh.search()));
      }
      assertEquals(4, total(old.search())); // still readable: closed only when this lease ends
    }
  }
}
