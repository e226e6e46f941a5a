package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** What one run printed, and its exit status. */
  record Run(int status, String out, String err) {
    List<JsonNode> documents() throws IOException {
      List<JsonNode> docs = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) docs.add(JSON.readTree(line));
      }
      return docs;
    }
  }

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test void printsOneDocumentPerArticleInInputOrder() throws IOException {
    Path a = write("a.txt", "PARIS (Reuters) - Marie Dubois met officials in Lyon on Monday.");
    Path b = write("b.txt", "Talks in Berlin ended without a deal.");
    Run run = run("", "analyze", "--date", "2026-03-02", a.toString(), b.toString());
    assertEquals(0, run.status(), run.err());
    List<JsonNode> docs = run.documents();
    assertEquals(List.of(a.toString(), b.toString()), docs.stream().map(d -> d.get("source").asText()).toList());
    assertEquals("2026-03-02", docs.get(0).get("published").asText());
    assertTrue(docs.get(0).get("entities").toString().contains("Marie Dubois"), docs.get(0).toString());
  }

  @Test void skipsBadInputsReportsThemAndExitsOne() throws IOException {
    Path good = write("good.txt", "Rain fell on Madrid.");
    Path empty = write("empty.txt", "");
    Path binary = Files.write(dir.resolve("bin.dat"), new byte[] {1, 0, 2});
    Run run = run("", "analyze", dir.resolve("missing.txt").toString(), empty.toString(),
        binary.toString(), good.toString());
    assertEquals(1, run.status());
    assertEquals(1, run.documents().size());
    assertTrue(run.err().contains("skipped " + dir.resolve("missing.txt") + ": no such file or folder"), run.err());
    assertTrue(run.err().contains("skipped " + empty + ": empty input"), run.err());
    assertTrue(run.err().contains("skipped " + binary + ": binary content"), run.err());
  }

  @Test void readsStdin() throws IOException {
    Run run = run("Officials in Tokyo said little.", "analyze", "-");
    assertEquals(0, run.status(), run.err());
    assertEquals("<stdin>", run.documents().get(0).get("source").asText());
  }

  @Test void printsIndentedJsonWhenPretty() throws IOException {
    Run run = run("Officials in Tokyo said little.", "analyze", "--format", "pretty", "-");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().lines().count() > 10);
    assertEquals("Officials in Tokyo said little.", JSON.readTree(run.out()).get("text").asText());
  }

  @Test void refusesABadDateAsAUsageError() {
    Run run = run("", "analyze", "--date", "yesterday", "-");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--date"), run.err());
  }

  @Test void refusesAMissingInputAsAUsageError() {
    assertEquals(2, run("", "analyze").status());
  }

  @Test void explainsItselfInHelp() {
    Run run = run("", "analyze", "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("--max-article-size") && run.out().contains("INPUT"), run.out());
  }
}
