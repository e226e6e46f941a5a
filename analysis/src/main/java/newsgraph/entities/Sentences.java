package newsgraph.entities;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Sentence;
import newsgraph.document.Span;
import newsgraph.document.Token;

/**
 * A document's sentences, each with its tokens and their words read once: a stage that looks at
 * the sentence of every mention costs the mentions and the words once, not the one times the
 * other (a 5 MB list that the splitter leaves one sentence).
 */
final class Sentences {
  private final Document doc;
  private final CodePointIndex index;
  private final Map<Sentence, View> views = new IdentityHashMap<>();

  Sentences(Document doc, CodePointIndex index) {
    this.doc = doc;
    this.index = index;
  }

  /**
   * One sentence's tokens and their words; {@code offset} is the document index of its first
   * token.
   */
  record View(Document doc, int offset, List<Token> tokens, List<String> words) {
    /** The sentence's first token that starts at or after {@code codePoint}, or -1. */
    int firstStartingAtOrAfter(int codePoint) {
      int t = doc.tokenAtOrAfter(codePoint) - offset;
      return t >= 0 && t < tokens.size() ? t : -1;
    }

    /** One past the sentence's last token that ends at or before {@code codePoint}, or -1 when none does. */
    int endOfLastEndingBy(int codePoint) {
      int end = Math.min(tokens.size(), doc.tokenBefore(codePoint) + 1 - offset);
      return end > 0 ? end : -1;
    }
  }

  /** The sentence that contains the span, or null. */
  View of(Span span) {
    Sentence s = doc.sentenceAt(span.start());
    if (s == null || !s.span().contains(span)) return null;
    return views.computeIfAbsent(s, this::view);
  }

  private View view(Sentence sentence) {
    List<Token> tokens = doc.tokensIn(sentence.span());
    List<String> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) words.add(index.substring(t.span()));
    return new View(doc, doc.tokenAtOrAfter(sentence.span().start()), tokens, words);
  }
}
