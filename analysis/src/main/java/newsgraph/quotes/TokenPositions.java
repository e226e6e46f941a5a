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
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final int[] sentenceStarts;
  private final int[] paragraphEnds;

  TokenPositions(Document doc) {
    this.tokens = doc.tokens();
    this.sentences = doc.sentences();
    this.sentenceStarts = new int[sentences.size()];
    for (int i = 0; i < sentenceStarts.length; i++) sentenceStarts[i] = sentences.get(i).span().start();
    this.paragraphEnds = new int[doc.paragraphs().size()];
    for (int p = 0; p < paragraphEnds.length; p++) paragraphEnds[p] = doc.paragraphs().get(p).span().end();
  }

  /** The first token that starts at or after the code point (the token count when none does). */
  int tokenAtOrAfter(int codePoint) {
    int lo = 0, hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().start() < codePoint) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** The last token that ends at or before the code point, or -1. */
  int tokenBefore(int codePoint) {
    int lo = 0, hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= codePoint) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
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
    if (t < 0 || t >= tokens.size()) return null;
    int start = tokens.get(t).span().start();
    int lo = 0, hi = sentenceStarts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentenceStarts[mid] <= start) lo = mid + 1; else hi = mid;
    }
    Sentence s = lo > 0 ? sentences.get(lo - 1) : null;
    return s != null && start < s.span().end() ? s : null;
  }
}
