package newsgraph.paraphrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Paragraph;
import newsgraph.document.Span;
import newsgraph.pipeline.Stage;

/**
 * Fills {@code paragraphs[].duplicateOf} and {@code similarity}: a paragraph that repeats or
 * rewords an earlier one points at it (at the first of a chain of copies), as scraped wire copy
 * often repeats its lede in other words. Needs paragraphs (and the dateline, which is not
 * compared).
 *
 * <p>A repeat is a paragraph of at least {@link #MIN_WORDS} words that is identical to an earlier
 * one, or that the {@link ParaphraseScorer} calls a paraphrase of it (its MRPC threshold) while
 * keeping the same names and numbers ({@link #MIN_ANCHOR_AGREEMENT}).
 *
 * <p>{@code similarity} is the {@link ParaphraseScorer} probability against the closest earlier
 * paragraph, 0 when no earlier paragraph shares two content words and 30% of the shorter one's
 * content words with it. Only paragraphs that
 * share content words are scored, and words found in very many paragraphs are not used to find
 * candidates, so the work grows with the number of similar pairs, not with its square.
 */
public final class RepeatedParagraphFinder implements Stage {
  /**
   * The most a rewording may change of the names and numbers: it restates the same facts,
   * while two lines of a fixture list or two critics' picks share words but not their names.
   */
  static final double MIN_ANCHOR_AGREEMENT = 0.75;
  /** A paragraph needs this many words to be called a repeat: "Ends." repeats nothing. */
  static final int MIN_WORDS = 6;
  /**
   * A pair is scored only when they share this share of the shorter one's content words: a
   * rewording keeps most of its content words, and scoring is the costly part.
   */
  private static final double MIN_SHARED_CONTENT = 0.3;
  /** Words in more paragraphs than this do not propose candidates (they still count in scores). */
  private static final int MAX_POSTINGS = 40;

  private final ParaphraseScorer scorer = new ParaphraseScorer();

  public RepeatedParagraphFinder() {
    // The dictionary takes about 2 s to read: on another core while the tagger's model loads,
    // not in front of the first article that has a rewording to judge.
    WordNet.loadInBackground();
  }

  @Override
  public Document apply(Document doc) {
    List<Paragraph> paragraphs = doc.paragraphs();
    if (paragraphs.size() < 2) return doc;
    CodePointIndex index = CodePointIndex.of(doc.text());
    List<String> texts = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) texts.add(index.substring(withoutDateline(doc, p.span())).strip());

    List<Integer> contentSizes = new ArrayList<>(paragraphs.size());
    List<Set<String>> anchors = new ArrayList<>(paragraphs.size());
    for (String t : texts) anchors.add(anchors(t));
    PairFeatures.Prepared[] prepared = new PairFeatures.Prepared[texts.size()];
    Map<String, List<Integer>> postings = new HashMap<>();
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    for (int j = 0; j < paragraphs.size(); j++) {
      List<String> words = PairFeatures.words(texts.get(j));
      Set<String> content = contentWords(words);
      Map<Integer, Integer> shared = new HashMap<>();
      for (String w : content) {
        List<Integer> earlier = postings.get(w);
        if (earlier == null || earlier.size() > MAX_POSTINGS) continue;
        for (int i : earlier) shared.merge(i, 1, Integer::sum);
      }
      double best = 0;
      int bestIndex = -1;
      for (Map.Entry<Integer, Integer> c : shared.entrySet()) {
        int i = c.getKey();
        if (c.getValue() < 2
            || c.getValue() < MIN_SHARED_CONTENT * Math.min(content.size(), contentSizes.get(i))) {
          continue;
        }
        double score;
        if (texts.get(i).equals(texts.get(j))) {
          score = 1.0;
        } else {
          if (prepared[i] == null) prepared[i] = new PairFeatures.Prepared(texts.get(i));
          if (prepared[j] == null) prepared[j] = new PairFeatures.Prepared(texts.get(j));
          score = scorer.score(prepared[i], prepared[j]);
        }
        if (score > best || score == best && i < bestIndex) {
          best = score;
          bestIndex = i;
        }
      }
      Integer duplicateOf = null;
      if (bestIndex >= 0 && words.size() >= MIN_WORDS && (best == 1.0 || best >= ParaphraseScorer.MRPC_THRESHOLD
          && PairFeatures.jaccard(anchors.get(bestIndex), anchors.get(j)) >= MIN_ANCHOR_AGREEMENT)) {
        Integer root = out.get(bestIndex).duplicateOf();
        duplicateOf = root != null ? root : bestIndex;
      }
      out.add(new Paragraph(paragraphs.get(j).span(), duplicateOf, best));
      for (String w : content) postings.computeIfAbsent(w, k -> new ArrayList<>(2)).add(j);
      contentSizes.add(content.size());
    }
    return doc.withParagraphs(out);
  }

  private static Span withoutDateline(Document doc, Span paragraph) {
    if (doc.dateline() == null) return paragraph;
    int end = doc.dateline().extent().end();
    if (end <= paragraph.start() || end > paragraph.end()) return paragraph;
    return new Span(end, paragraph.end());
  }

  /**
   * The facts a paragraph states, roughly: its numbers and the capitalised words that do not
   * open a sentence (names).
   */
  static Set<String> anchors(String text) {
    Set<String> anchors = new java.util.HashSet<>();
    boolean sentenceStart = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201c' || c == ':') sentenceStart = true;
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
      String word = text.substring(start, i);
      if (Character.isDigit(c) || Character.isUpperCase(c) && !sentenceStart) anchors.add(word);
      sentenceStart = false;
    }
    return anchors;
  }

  private static Set<String> contentWords(List<String> words) {
    Set<String> content = new LinkedHashSet<>();
    for (String w : words) if (!StopWords.contains(w)) content.add(w);
    return content;
  }
}
