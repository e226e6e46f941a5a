package newsgraph.paraphrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.document.Paragraph;
import newsgraph.text.ParagraphSplitter;
import org.junit.jupiter.api.Test;

class RepeatedParagraphFinderTest {
  private static final String LEDE = "The city council voted on Tuesday to close the Riverside "
      + "swimming pool in March, saying repairs to its roof would cost 2.4 million pounds.";

  private static List<Paragraph> paragraphs(String... paragraphs) {
    Document d = Document.of(Article.builder("t", String.join("\n", paragraphs)).build());
    return new RepeatedParagraphFinder().apply(new ParagraphSplitter().apply(d)).paragraphs();
  }

  @Test void flagsAParagraphRepeatedWordForWord() {
    List<Paragraph> p = paragraphs(LEDE, "Swimmers protested outside the town hall.", LEDE);
    assertEquals(0, p.get(2).duplicateOf());
    assertEquals(1.0, p.get(2).similarity());
  }

  @Test void flagsALedeRepeatedInOtherWords() {
    List<Paragraph> p = paragraphs(LEDE, "Swimmers protested outside the town hall.",
        "Councillors voted on Tuesday to shut the Riverside swimming pool in March, saying the "
            + "repairs its roof needs would cost 2.4 million pounds.");
    assertEquals(0, p.get(2).duplicateOf());
  }

  @Test void leavesAParagraphThatSharesBackgroundButSaysSomethingNew() {
    List<Paragraph> p = paragraphs(LEDE, "The Riverside swimming pool, which the city council "
        + "opened in 1974, will be replaced by a leisure centre costing 9 million pounds, the "
        + "mayor announced on Thursday.");
    assertNull(p.get(1).duplicateOf());
  }

  @Test void leavesAParagraphWhoseNumbersChanged() {
    List<Paragraph> p = paragraphs(LEDE, "The city council voted on Tuesday to close the Riverside "
        + "swimming pool in June, saying repairs to its roof would cost 5.1 million pounds.");
    assertNull(p.get(1).duplicateOf());
  }

  @Test void pointsAtTheFirstOfAChainOfCopies() {
    List<Paragraph> p = paragraphs(LEDE, LEDE, LEDE);
    assertEquals(0, p.get(1).duplicateOf());
    assertEquals(0, p.get(2).duplicateOf());
  }

  @Test void shortParagraphsAreNotRepeats() {
    List<Paragraph> p = paragraphs("Ends the talks.", LEDE, "Ends the talks.");
    assertNull(p.get(2).duplicateOf());
  }

  @Test void similarityIsZeroWhenNothingIsShared() {
    List<Paragraph> p = paragraphs(LEDE, "Rain is forecast for the weekend across Scotland.");
    assertEquals(0.0, p.get(1).similarity());
    assertEquals(0.0, p.get(0).similarity());
  }

  @Test void ignoresTheDatelineWhenComparing() {
    Document d = Document.of(Article.builder("t", "LONDON (Reuters) - " + LEDE + "\nOther news.\n" + LEDE).build());
    d = new newsgraph.text.DatelineFinder().apply(new ParagraphSplitter().apply(d));
    List<Paragraph> p = new RepeatedParagraphFinder().apply(d).paragraphs();
    assertEquals(0, p.get(2).duplicateOf());
    assertEquals(1.0, p.get(2).similarity());
  }

  @Test void anchorsAreNamesAndNumbersNotSentenceOpeners() {
    assertEquals(java.util.Set.of("Riverside", "2", "4"),
        RepeatedParagraphFinder.anchors("The Riverside pool. Repairs cost 2.4 million."));
  }

  @Test void flagsNothingInManyUnrelatedParagraphs() {
    java.util.Random random = new java.util.Random(7);
    String[] words = {"council", "pool", "roof", "vote", "mayor", "budget", "school", "road", "rain",
        "police", "court", "hospital", "market", "river", "bridge", "park", "museum", "tax"};
    String[] paragraphs = new String[300];
    for (int i = 0; i < paragraphs.length; i++) {
      StringBuilder sb = new StringBuilder("Item " + i + ":");
      for (int w = 0; w < 12; w++) sb.append(' ').append(words[random.nextInt(words.length)]).append(random.nextInt(1000));
      paragraphs[i] = sb.append('.').toString();
    }
    assertTrue(paragraphs(paragraphs).stream().allMatch(p -> p.duplicateOf() == null));
  }
}
