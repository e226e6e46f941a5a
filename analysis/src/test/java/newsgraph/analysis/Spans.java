package newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.Mention;
import newsgraph.document.Paragraph;
import newsgraph.document.Sentence;
import newsgraph.document.Token;

/** Checks that a document's spans are what they claim, as a user would check them. */
public final class Spans {
  private Spans() {}

  public static void assertConsistent(Document d) {
    CodePointIndex index = CodePointIndex.of(d.text());
    int previousEnd = 0;
    for (Paragraph p : d.paragraphs()) {
      assertTrue(p.span().start() >= previousEnd, "paragraphs overlap at " + p.span());
      assertTrue(!index.substring(p.span()).contains("\n"), "paragraph holds a newline: " + p.span());
      previousEnd = p.span().end();
    }
    previousEnd = 0;
    for (Sentence s : d.sentences()) {
      assertTrue(s.span().start() >= previousEnd, "sentences overlap at " + s.span());
      assertTrue(d.paragraphs().stream().anyMatch(p -> p.span().contains(s.span())),
          "sentence " + s.span() + " crosses a paragraph break");
      previousEnd = s.span().end();
    }
    for (Token t : d.tokens()) {
      assertTrue(t.span().length() > 0, "empty token at " + t.span());
    }
    for (Entity e : d.entities()) {
      for (Mention m : e.mentions()) {
        assertEquals(m.text(), index.substring(m.span()), "mention of " + e.id());
      }
    }
  }
}
