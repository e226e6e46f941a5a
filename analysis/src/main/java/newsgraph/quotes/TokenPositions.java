package newsgraph.quotes;

import java.util.List;
import newsgraph.document.Document;
import newsgraph.document.Sentence;
import newsgraph.document.Token;

/**
 * Where a code point or a token lies in a document: its token, its sentence's first and last
 * tokens, its paragraph. Every answer is a binary search, so a stage that asks once per quote
 * costs no product of the quotes and the document's length.
 */
final class TokenPositions {
  private final Document doc;
  private final List<Token> tokens;
  private final int[] paragraphEnds;

  TokenPositions(Document doc) {
    this.doc = doc;
    this.tokens = doc.tokens();
    this.paragraphEnds = new int[doc.paragraphs().size()];
    for (int p = 0; p < paragraphEnds.length; p++) paragraphEnds[p] = doc.paragraphs().get(p).span().end();
  }

  /** The first token that starts at or after the code point (the token count when none does). */
  int tokenAtOrAfter(int codePoint) {
    return doc.tokenAtOrAfter(codePoint);
  }

  /** The last token that ends at or before the code point, or -1. */
  int tokenBefore(int codePoint) {
    return doc.tokenBefore(codePoint);
  }

  int sentenceStartToken(int t) {
    Sentence s = sentenceOfToken(t);
    return s == null ? Math.max(0, t) : tokenAtOrAfter(s.span().start());
  }

  int sentenceEndToken(int t) {
    Sentence s = sentenceOfToken(t);
    return s == null ? t : tokenBefore(s.span().end());
  }

  /** The first paragraph that ends at or after the code point (the paragraph count when none does). */
  int paragraphOf(int codePoint) {
    int lo = 0, hi = paragraphEnds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphEnds[mid] < codePoint) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  private Sentence sentenceOfToken(int t) {
    return t < 0 || t >= tokens.size() ? null : doc.sentenceAt(tokens.get(t).span().start());
  }
}
