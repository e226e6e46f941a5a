package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newsgraph.store.StoreSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's promise under the worst stop there is: an ingest killed with SIGKILL after some
 * commits keeps every committed article, and a rerun adds the rest, each article exactly once.
 */
class IngestKillTest {
  private static final int ARTICLES = 60;

  @TempDir Path dir;

  private Process ingest(Path in, Path store, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
        "newsgraph.cli.Main", "ingest", "--store", store.toString(), "--batch", "5", "--threads", "1",
        in.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** The count of stored articles and of distinct ids among them. */
  private static int[] stored(Path store) throws IOException {
    try (StoreSearch s = StoreSearch.open(store)) {
      var r = s.search(new StoreSearch.Request("", null, null, null, null, null, 1, 100), "", "");
      Set<String> ids = new HashSet<>();
      r.hits().forEach(h -> ids.add(h.document().id()));
      return new int[] {(int) r.total(), ids.size()};
    }
  }

  @Test void aKilledIngestKeepsItsCommitsAndARerunCompletesEachArticleOnce() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(in.resolve(String.format("a%03d.txt", i)), "Officials in Town" + i
          + " said on Monday that repairs to bridge number " + i + " would take " + (i + 2)
          + " weeks, according to a statement from the council.", StandardCharsets.UTF_8);
    }
    Path store = dir.resolve("store");
    Process first = ingest(in, store, dir.resolve("first.log"));
    // Kill once at least one batch is committed and the run is not over.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    int committed = 0;
    while (first.isAlive() && System.nanoTime() < deadline) {
      if (Files.exists(store) && Files.list(store).anyMatch(p -> p.getFileName().toString().startsWith("segments_"))) {
        committed = stored(store)[0];
        if (committed > 0) break;
      }
      Thread.sleep(50);
    }
    first.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no final commit
    first.waitFor(30, TimeUnit.SECONDS);
    int[] afterKill = stored(store);
    assertTrue(afterKill[0] >= committed && afterKill[0] < ARTICLES,
        "killed mid-run with " + afterKill[0] + " stored: " + Files.readString(dir.resolve("first.log")));
    assertEquals(afterKill[0], afterKill[1], "no article twice after the kill");

    Process second = ingest(in, store, dir.resolve("second.log"));
    assertTrue(second.waitFor(180, TimeUnit.SECONDS), "rerun finished");
    String log = Files.readString(dir.resolve("second.log"));
    assertEquals(0, second.exitValue(), log);
    assertTrue(log.contains((ARTICLES - afterKill[0]) + " articles added") && log.contains(afterKill[0] + " already there"), log);
    assertEquals(List.of(ARTICLES, ARTICLES), List.of(stored(store)[0], stored(store)[1]));
  }
}
