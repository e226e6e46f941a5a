package newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private static Document doc(String text) {
    return Document.of(Article.builder("a.txt", text).build());
  }

  @Test void idIsSixteenHexDigitsAndStable() {
    Document d = doc("Some news.");
    assertTrue(d.id().matches("[0-9a-f]{16}"), d.id());
    assertEquals(d.id(), doc("Some news.").id());
  }

  @Test void idDependsOnSourceAndText() {
    assertNotEquals(doc("Some news.").id(), doc("Other news.").id());
    assertNotEquals(doc("x").id(), Document.of(Article.builder("b.txt", "x").build()).id());
  }

  @Test void repairedTextGetsANewId() {
    Document d = doc("donâ€™t");
    Document repaired = d.withText("don’t", List.of(new Repair(new Span(3, 4), "â€™", "’", Repair.Kind.MOJIBAKE)));
    assertNotEquals(d.id(), repaired.id());
    assertEquals(Document.idOf("a.txt", "don’t"), repaired.id());
  }

  @Test void refusesASpanPastTheEndOfTheText() {
    Document d = doc("a😀b"); // three code points
    d.withSentences(List.of(new Sentence(new Span(0, 3))), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> d.withSentences(List.of(new Sentence(new Span(0, 4))), List.of()));
    assertTrue(e.getMessage().contains("sentence"), e.getMessage());
  }

  @Test void refusesToChangeTextAfterAnnotation() {
    Document d = doc("abc").withSentences(List.of(new Sentence(new Span(0, 3))), List.of());
    assertThrows(IllegalStateException.class, () -> d.withText("abd", List.of()));
  }

  @Test void findsTheTokensInsideASpan() {
    List<Token> tokens = List.of(new Token(new Span(0, 2), "Hi"), new Token(new Span(2, 3), "."),
        new Token(new Span(4, 7), "Bye"), new Token(new Span(7, 8), "."));
    Document d = doc("Hi. Bye.").withSentences(List.of(), tokens);
    assertEquals(tokens.subList(2, 4), d.tokensIn(new Span(4, 8)));
    assertEquals(tokens.subList(0, 2), d.tokensIn(new Span(0, 3)));
    assertEquals(List.of(), d.tokensIn(new Span(3, 4)));
  }

  @Test void findsTokensAndSentencesByCodePoint() {
    // "Hi. Bye." with a space at 3 between the two sentences
    List<Token> tokens = List.of(new Token(new Span(0, 2), "Hi"), new Token(new Span(2, 3), "."),
        new Token(new Span(4, 7), "Bye"), new Token(new Span(7, 8), "."));
    List<Sentence> sentences = List.of(new Sentence(new Span(0, 3)), new Sentence(new Span(4, 8)));
    Document d = doc("Hi. Bye.").withSentences(sentences, tokens);
    assertEquals(0, d.tokenAtOrAfter(0));
    assertEquals(2, d.tokenAtOrAfter(3), "between tokens: the next one");
    assertEquals(4, d.tokenAtOrAfter(8), "past the last: the token count");
    assertEquals(-1, d.tokenBefore(1), "no token ends by then");
    assertEquals(1, d.tokenBefore(4));
    assertEquals(3, d.tokenBefore(8));
    assertEquals(sentences.get(0), d.sentenceAt(2));
    assertEquals(sentences.get(1), d.sentenceAt(4));
    assertEquals(null, d.sentenceAt(3), "the space between sentences");
    assertEquals(null, d.sentenceAt(8), "past the end");
  }

  @Test void spansOverlapOnlyWhenTheyShareACodePoint() {
    assertTrue(new Span(0, 3).overlaps(new Span(2, 5)));
    assertTrue(!new Span(0, 3).overlaps(new Span(3, 5)));
  }

  @Test void spanRejectsNegativeAndBackwardRanges() {
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
  }
}
