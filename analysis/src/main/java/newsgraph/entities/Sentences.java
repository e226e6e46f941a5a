package newsgraph.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Sentence;
import newsgraph.document.Span;
import newsgraph.document.Token;

/**
 * A document's sentences, found by binary search, each with its tokens and their words read
 * once: a stage that looks at the sentence of every mention costs the mentions and the words
 * once, not the one times the other (a 5 MB list that the splitter leaves one sentence).
 */
final class Sentences {
  private final Document doc;
  private final CodePointIndex index;
  private final List<Sentence> sentences;
  private final int[] starts;
  private final Map<Integer, View> views = new HashMap<>();

  Sentences(Document doc, CodePointIndex index) {
    this.doc = doc;
    this.index = index;
    this.sentences = doc.sentences();
    this.starts = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) starts[i] = sentences.get(i).span().start();
  }

  /** One sentence's tokens, their words, and where they start and end. */
  record View(List<Token> tokens, List<String> words, int[] tokenStarts, int[] tokenEnds) {
    /** The first token starting at or after {@code offset}, or -1. */
    int firstStartingAtOrAfter(int offset) {
      int lo = 0;
      int hi = tokenStarts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokenStarts[mid] >= offset) hi = mid;
        else lo = mid + 1;
      }
      return lo < tokenStarts.length ? lo : -1;
    }

    /** One past the last token ending at or before {@code offset}, or -1 when none does. */
    int endOfLastEndingBy(int offset) {
      int lo = 0;
      int hi = tokenEnds.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokenEnds[mid] <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo == 0 ? -1 : lo;
    }
  }

  /** The sentence that contains the span, or null. */
  View of(Span span) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= span.start()) lo = mid + 1;
      else hi = mid;
    }
    int i = lo - 1;
    if (i < 0 || !sentences.get(i).span().contains(span)) return null;
    return views.computeIfAbsent(i, k -> view(sentences.get(k)));
  }

  private View view(Sentence sentence) {
    List<Token> tokens = doc.tokensIn(sentence.span());
    List<String> words = new ArrayList<>(tokens.size());
    int[] tokenStarts = new int[tokens.size()];
    int[] tokenEnds = new int[tokens.size()];
    for (int t = 0; t < tokens.size(); t++) {
      words.add(index.substring(tokens.get(t).span()));
      tokenStarts[t] = tokens.get(t).span().start();
      tokenEnds[t] = tokens.get(t).span().end();
    }
    return new View(tokens, words, tokenStarts, tokenEnds);
  }
}
