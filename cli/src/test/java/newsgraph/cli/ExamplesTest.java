package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped example articles, through the whole command, checked as a user would check them. */
class ExamplesTest {
  private static final Path EXAMPLES = Paths.get("..", "examples", "articles");

  private static List<Path> articles() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test void everyExampleIsAnalysedWithVerifiableSpans() throws IOException {
    List<Path> articles = articles();
    assertTrue(articles.size() >= 12, "examples: " + articles);
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("", "analyze", EXAMPLES.toString());
    assertEquals(0, run.status(), run.err());
    List<JsonNode> docs = run.documents();
    assertEquals(articles.size(), docs.size());
    for (JsonNode doc : docs) {
      String text = doc.get("text").asText();
      int length = text.codePointCount(0, text.length());
      assertTrue(doc.get("sentences").size() > 3, doc.get("source").asText());
      for (JsonNode p : doc.get("paragraphs")) {
        assertTrue(p.get("end").asInt() <= length);
      }
      for (JsonNode e : doc.get("entities")) {
        for (JsonNode m : e.get("mentions")) {
          assertEquals(m.get("text").asText(), codePoints(text, m.get("start").asInt(), m.get("end").asInt()),
              doc.get("source").asText() + " " + e);
        }
      }
    }
  }

  @Test void examplesNameTheirPeople() throws IOException {
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("", "analyze", EXAMPLES.toString());
    long withPeople = run.documents().stream()
        .filter(d -> d.get("entities").toString().contains("\"type\":\"PERSON\"")).count();
    assertEquals(run.documents().size(), withPeople);
  }

  @Test void findsTheDatelinesTheManifestLists() throws IOException {
    // MANIFEST.md has one line per article: "NN-name.txt | date | features", where the features
    // name the dateline style or say "no dateline".
    List<String> withDateline = Files.readAllLines(EXAMPLES.resolveSibling("MANIFEST.md")).stream()
        .filter(l -> l.matches("\\d\\d-.*\\.txt \\|.*") && !l.contains("no dateline"))
        .map(l -> l.substring(0, l.indexOf(' '))).sorted().toList();
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("", "analyze", EXAMPLES.toString());
    List<String> found = run.documents().stream().filter(d -> !d.get("dateline").isNull())
        .map(d -> Paths.get(d.get("source").asText()).getFileName().toString()).sorted().toList();
    assertEquals(withDateline, found);
  }

  @Test void flagsTheRepeatedParagraphsTheManifestLists() throws IOException {
    // MANIFEST.md: "- Duplicates/paraphrases: paragraph 4 paraphrases paragraph 0 ..." under
    // each article's heading "## NN-name.txt".
    java.util.Map<String, String> expected = new java.util.TreeMap<>();
    String article = null;
    java.util.regex.Pattern repeat = java.util.regex.Pattern.compile(
        "paragraph (\\d+) (?:paraphrases|is a word-for-word duplicate of) paragraph (\\d+)");
    for (String line : Files.readAllLines(EXAMPLES.resolveSibling("MANIFEST.md"))) {
      if (line.startsWith("## ")) article = line.substring(3).strip();
      java.util.regex.Matcher m = repeat.matcher(line);
      if (line.contains("Duplicates/paraphrases") && m.find()) {
        expected.put(article, m.group(1) + "->" + m.group(2));
      }
    }
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("", "analyze", EXAMPLES.toString());
    java.util.Map<String, String> found = new java.util.TreeMap<>();
    for (JsonNode d : run.documents()) {
      JsonNode paragraphs = d.get("paragraphs");
      for (int i = 0; i < paragraphs.size(); i++) {
        if (!paragraphs.get(i).get("duplicateOf").isNull()) {
          found.merge(Paths.get(d.get("source").asText()).getFileName().toString(),
              i + "->" + paragraphs.get(i).get("duplicateOf").asInt(), (a, b) -> a + "," + b);
        }
      }
    }
    assertEquals(expected, found);
  }

  /** Python's {@code text[start:end]}: code points, not UTF-16 units. */
  private static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }
}
