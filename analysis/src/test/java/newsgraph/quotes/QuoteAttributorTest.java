package newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.analysis.SharedModels;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.Quote;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {
  private static Document analyse(String text) {
    return SharedModels.standard().apply(Article.builder("t", text).build());
  }

  /** "kind|speaker name|text" for each quote. */
  private static List<String> quotes(String text) {
    Document d = analyse(text);
    CodePointIndex index = CodePointIndex.of(d.text());
    for (Quote q : d.quotes()) assertEquals(q.text(), index.substring(q.span()), "span of " + q.id());
    return d.quotes().stream().map(q -> q.kind().label() + "|" + speaker(d, q) + "|" + q.text()).toList();
  }

  private static String speaker(Document d, Quote q) {
    return d.entities().stream().filter(e -> e.id().equals(q.speaker())).map(Entity::name).findFirst().orElse(null);
  }

  @Test void attributesAQuoteToTheNameAfterIt() {
    assertEquals(List.of("direct|Anna Smith|We will reopen,"),
        quotes("\u201cWe will reopen,\u201d said Anna Smith, the mayor of Leeds."));
  }

  @Test void attributesAQuoteToTheNameBeforeItsCue() {
    assertEquals(List.of("direct|Marcus Hollings|We got this wrong."),
        quotes("Marcus Hollings said: \"We got this wrong.\""));
  }

  @Test void givesAPronounToThePersonNamedBeforeIt() {
    List<String> q = quotes("Voters in Leeds backed Anna Smith on Monday. \"It was close,\" she said.");
    assertEquals(List.of("direct|Anna Smith|It was close,"), q);
  }

  @Test void givesHeAddedToTheLastSpeaker() {
    List<String> q = quotes("\"Prices will rise,\" said John Carter, who met Tom Ng on Monday.\n"
        + "He added, \"Nobody wants that.\"");
    assertEquals("direct|John Carter|Nobody wants that.", q.get(1));
  }

  @Test void findsBothHalvesOfAQuoteSplitByItsSpeaker() {
    List<String> q = quotes("\u201cI will listen,\u201d Carla Medina said, \u201cbut I won\u2019t sign a blank check.\u201d");
    assertEquals(List.of("direct|Carla Medina|I will listen,", "direct|Carla Medina|but I won\u2019t sign a blank check."), q);
  }

  @Test void findsAQuoteOverTwoParagraphs() {
    Document d = analyse("\u201cWe are seeing families drawing water from the streams,\u201d Joseph Kiprono said.\n"
        + "\u201cThat is how cholera spreads. It is not the first time.\n"
        + "\u201cWe must act before the rains,\u201d he said.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(1).text().contains("\n"), d.quotes().get(1).text());
  }

  @Test void findsAPartialQuoteInAReportedSentence() {
    List<String> q = quotes("Arkady Voronin said the talks had been \"constructive\" but slow.");
    assertTrue(q.contains("partial|Arkady Voronin|constructive"), q.toString());
  }

  @Test void findsReportedSpeech() {
    List<String> q = quotes("Deputy Minister Yelena Sablina insisted that Russian producers were not to blame.");
    assertEquals(List.of("indirect|Yelena Sablina|Russian producers were not to blame"), q);
  }

  @Test void findsReportedSpeechWithTheSpeakerLast() {
    List<String> q = quotes("Officials will meet again in Ankara next month, the foreign ministry said.");
    assertEquals(List.of("indirect|foreign ministry|Officials will meet again in Ankara next month"), q);
  }

  @Test void theListenerIsNotTheSpeaker() {
    List<String> q = quotes("Claire Morand backed the plan. \"Speed cannot come at the expense of safety,\" she told Reuters.");
    assertEquals(List.of("direct|Claire Morand|Speed cannot come at the expense of safety,"), q);
  }

  @Test void aTitleInQuotationMarksIsNotSpeech() {
    assertEquals(List.of(), quotes("She starred in \"The Long Road\" last year."));
  }

  @Test void aQuoteWithNoSpeakerHasNone() {
    Document d = analyse("\"Nothing is agreed until everything is agreed.\"");
    assertEquals(1, d.quotes().size());
    assertNull(d.quotes().get(0).speaker());
  }

  @Test void sheIsNotTheManNamedLast() {
    List<String> q = quotes("Ms. Anna Berg met Mr. John Clarke on Monday. \"It went well,\" she said.");
    assertEquals(List.of("direct|Anna Berg|It went well,"), q);
  }
}
