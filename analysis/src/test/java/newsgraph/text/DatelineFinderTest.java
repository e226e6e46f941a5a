package newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import newsgraph.analysis.SharedModels;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Dateline;
import newsgraph.document.Document;
import org.junit.jupiter.api.Test;

class DatelineFinderTest {
  private static Dateline dateline(String text) {
    Document d = new ParagraphSplitter().apply(Document.of(Article.builder("t", text).build()));
    return new DatelineFinder().apply(d).dateline();
  }

  /** "place|agency|extent text" for compact assertions. */
  private static String describe(String text) {
    Dateline d = dateline(text);
    if (d == null) return null;
    CodePointIndex index = CodePointIndex.of(text);
    assertEquals(d.text(), index.substring(d.span()));
    return d.text() + "|" + d.agency() + "|" + index.substring(d.extent());
  }

  @Test void findsAWireDatelineWithAgency() {
    assertEquals("MOSCOW|Reuters|MOSCOW (Reuters) -", describe("MOSCOW (Reuters) - Talks resumed."));
  }

  @Test void findsADatelineWithADashAndNoAgency() {
    assertEquals("WASHINGTON|null|WASHINGTON \u2014", describe("WASHINGTON \u2014 The Senate voted."));
  }

  @Test void findsADatelineWithADate() {
    assertEquals("LONDON|AP|LONDON, March 3 (AP) \u2014", describe("LONDON, March 3 (AP) \u2014 A bank was fined."));
  }

  @Test void findsAMultiWordPlaceWithItsRegion() {
    assertEquals("SAN JUAN|AP|SAN JUAN, Puerto Rico (AP) \u2014",
        describe("SAN JUAN, Puerto Rico (AP) \u2014 Power returned."));
  }

  @Test void findsATitleCasePlaceOnlyWithAnAgency() {
    assertEquals("Moscow|Reuters|Moscow (Reuters) -", describe("Moscow (Reuters) - Talks resumed."));
    assertNull(dateline("Moscow - a city of twelve million - voted."));
  }

  @Test void findsACityAndColonOnItsOwnLine() {
    assertEquals("Nairobi|null|Nairobi:", describe("Nairobi:\nCholera cases rose."));
  }

  @Test void findsACityAndColonLeadingTheParagraph() {
    assertEquals("Lagos|null|Lagos:", describe("Lagos: Three bank officials were charged."));
  }

  @Test void ignoresLabelsThatLookLikeDatelines() {
    assertNull(dateline("UPDATE - Talks resumed."));
    assertNull(dateline("Analysis: Why the talks failed."));
    assertNull(dateline("Mr Ng: a profile."));
  }

  @Test void looksOnlyAtTheFirstParagraph() {
    assertNull(dateline("Talks resumed.\nMOSCOW (Reuters) - More talks."));
  }

  @Test void ignoresOrdinarySentences() {
    assertNull(dateline("The minister said on Monday that talks would resume."));
    assertNull(dateline("\"We will,\" she said."));
  }

  @Test void leavesTheDatelineOutOfTheSentences() {
    Document d = new DatelineFinder().apply(new ParagraphSplitter().apply(
        Document.of(Article.builder("t", "MOSCOW (Reuters) - Talks resumed. Prices fell.").build())));
    d = SharedModels.sentenceSplitter().apply(d);
    CodePointIndex index = CodePointIndex.of(d.text());
    assertEquals("Talks resumed.", index.substring(d.sentences().get(0).span()));
    assertEquals("Talks", index.substring(d.tokens().get(0).span()));
  }
}
