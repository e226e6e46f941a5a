package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path dir;

  @Test void ingestsOnceThenSkipsWhatIsStoredAndSearchFindsIt() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("in"));
    Files.writeString(articles.resolve("a.txt"),
        "GENEVA (Reuters) - \u201cThe vaccine stock is too low,\u201d said Amara Diallo, a health official.",
        StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("b.txt"), "Rain fell on Madrid for a third day.", StandardCharsets.UTF_8);
    String store = dir.resolve("store").toString();

    var first = AnalyzeCommandTest.run("", "ingest", "--store", store, "--date", "2024-05-02", articles.toString());
    assertEquals(0, first.status(), first.err());
    assertTrue(first.err().contains("2 articles added"), first.err());
    var again = AnalyzeCommandTest.run("", "ingest", "--store", store, articles.toString());
    assertTrue(again.err().contains("0 articles added") && again.err().contains("2 already there"), again.err());

    var hit = AnalyzeCommandTest.run("", "search", "--store", store, "vaccines");
    assertEquals(0, hit.status(), hit.err());
    assertTrue(hit.out().startsWith("1 articles"), hit.out());
    assertTrue(hit.out().contains("[vaccine]"), hit.out());
    assertTrue(hit.out().contains("Amara Diallo said: \u201cThe vaccine stock is too low,\u201d"), hit.out());

    var bySpeaker = AnalyzeCommandTest.run("", "search", "--store", store, "--speaker", "amara diallo", "");
    assertTrue(bySpeaker.out().startsWith("1 articles"), bySpeaker.out());
    var before = AnalyzeCommandTest.run("", "search", "--store", store, "--to", "2024-05-01", "");
    assertTrue(before.out().startsWith("0 articles"), before.out());

    var export = AnalyzeCommandTest.run("", "export", "--store", store, "--format", "csv", "--out", dir.resolve("csv").toString());
    assertEquals(0, export.status(), export.err());
    assertTrue(Files.readString(dir.resolve("csv/quotes.csv")).contains("Amara Diallo"));
  }

  @Test void searchingWithoutAStoreSaysSo() {
    var run = AnalyzeCommandTest.run("", "search", "--store", dir.resolve("none").toString(), "x");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("no store at"), run.err());
    assertFalse(run.out().contains("articles"));
  }
}
