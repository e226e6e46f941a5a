package newsgraph.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.document.DateMention;
import newsgraph.document.Dateline;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Paragraph;
import newsgraph.document.Place;
import newsgraph.document.Quote;
import newsgraph.document.Repair;
import newsgraph.document.Sentence;
import newsgraph.document.Span;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {
  private static final List<String> CONTRACT_FIELDS = List.of("id", "source", "url", "title",
      "byline", "language", "published", "dateline", "text", "repairs", "paragraphs", "sentences",
      "entities", "quotes", "dates");

  private static Document full() {
    String text = "MOSCOW (Reuters) - \u201cWe will,\u201d said Anna Smith 😀 on Monday.";
    Document d = Document.of(Article.builder("wire.txt", text).url("https://example.org/a")
        .title("Talks").byline("By Jo Park").published(LocalDate.of(2026, 3, 2)).build());
    Mention smith = new Mention(new Span(36, 46), "Anna Smith");
    return d.withDateline(new Dateline("MOSCOW", new Span(0, 6), new Span(0, 18), "Reuters"))
        .withParagraphs(List.of(new Paragraph(new Span(0, 58), null, 0.12)))
        .withSentences(List.of(new Sentence(new Span(19, 58))), List.of())
        .withEntities(List.of(new Entity("e1", EntityType.PERSON, "Anna Smith", List.of("Smith"),
            List.of("foreign minister"), List.of(smith), null),
            new Entity("e2", EntityType.LOCATION, "MOSCOW", List.of(), List.of(),
                List.of(new Mention(new Span(0, 6), "MOSCOW")),
                new Place("Moscow", 55.75, 37.62, "RU", "PPLC", 524901L, "48").standingFor("government"))))
        .withQuotes(List.of(new Quote("q1", Quote.Kind.DIRECT, "We will,", new Span(20, 28), "said",
            new Span(30, 34), "e1", smith, 0.9)))
        .withDates(List.of(new DateMention("on Monday", new Span(49, 58), "2026-03-02",
            DateMention.Granularity.DAY)));
  }

  @Test void writesEveryContractFieldInOrder() throws Exception {
    JsonNode n = new ObjectMapper().readTree(DocumentJson.toJson(Document.of(Article.builder("s", "x").build())));
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    assertEquals(CONTRACT_FIELDS, names);
    assertTrue(n.get("dateline").isNull());
    assertTrue(n.get("entities").isArray());
  }

  @Test void documentSurvivesJsonRoundTrip() {
    Document d = full();
    assertEquals(d, DocumentJson.read(DocumentJson.toJson(d)));
  }

  @Test void writesOneLineUnlessPretty() {
    String line = DocumentJson.toJson(full());
    assertFalse(line.contains("\n"));
    StringWriter pretty = new StringWriter();
    DocumentJson.write(full(), pretty, true);
    assertTrue(pretty.toString().contains("\n"));
    assertEquals(full(), DocumentJson.read(pretty.toString()));
  }

  @Test void writesRepairKindsAsTheContractSpellsThem() throws Exception {
    Document d = Document.of(Article.builder("s", "don’t").build())
        .withText("don’t", List.of(new Repair(new Span(3, 4), "ā", "’", Repair.Kind.LOSSY_MOJIBAKE)));
    JsonNode n = new ObjectMapper().readTree(DocumentJson.toJson(d));
    assertEquals("lossy-mojibake", n.get("repairs").get(0).get("kind").asText());
  }

  @Test void namesWhatIsWrongWithABadDocument() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DocumentJson.read("{\"id\":\"x\",\"source\":\"s\",\"language\":\"en\",\"text\":\"ab\","
            + "\"sentences\":[{\"start\":0,\"end\":9}]}"));
    assertTrue(e.getMessage().contains("sentence"), e.getMessage());
  }
}
