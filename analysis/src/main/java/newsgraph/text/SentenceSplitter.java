package newsgraph.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Sentence;
import newsgraph.document.Token;
import newsgraph.pipeline.Stage;

/**
 * Adds {@code sentences} and tokens, from CoreNLP's English tokenizer and sentence splitter. A
 * newline always ends a sentence, so no sentence crosses a paragraph; the dateline, if any, is in
 * no sentence. Thread-safe; build one.
 */
public final class SentenceSplitter implements Stage {
  private final StanfordCoreNLP corenlp;

  public SentenceSplitter() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("tokenize.options", "splitHyphenated=false");
    this.corenlp = new StanfordCoreNLP(props, false);
  }

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    CodePointIndex index = CodePointIndex.of(text);
    Annotation annotation = new Annotation(withoutDateline(doc, index));
    corenlp.annotate(annotation);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> words = s.get(CoreAnnotations.TokensAnnotation.class);
      if (words.isEmpty()) continue;
      sentences.add(new Sentence(index.span(
          s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))));
      for (int i = 0; i < words.size(); i++) {
        CoreLabel w = words.get(i);
        if (i + 2 < words.size() && isSplitApostrophe(w, words.get(i + 1), words.get(i + 2))) {
          CoreLabel last = words.get(i + 2);
          tokens.add(new Token(index.span(w.beginPosition(), last.endPosition()),
              w.word() + words.get(i + 1).word() + last.word()));
          i += 2;
          continue;
        }
        tokens.add(new Token(index.span(w.beginPosition(), w.endPosition()), w.word()));
      }
    }
    return doc.withSentences(sentences, tokens);
  }

  /**
   * CoreNLP's tokenizer keeps {@code Gama'a} and {@code O'Brien} whole but cuts a hyphenated word
   * at an apostrophe ({@code al-Gama ' a}, {@code al-Qur ' an}), which leaves the tagger a name
   * without its end. An apostrophe with a letter touching it on both sides is inside a word; a
   * clitic ({@code 's}) or a quote mark has a space or its own letters on one side, so it is not
   * three tokens like this.
   */
  private static boolean isSplitApostrophe(CoreLabel before, CoreLabel mark, CoreLabel after) {
    String m = mark.word();
    if (!m.equals("'") && !m.equals("\u2019")) return false;
    if (before.endPosition() != mark.beginPosition() || mark.endPosition() != after.beginPosition()) {
      return false;
    }
    String b = before.word();
    String a = after.word();
    return !b.isEmpty() && !a.isEmpty()
        && Character.isLetter(b.codePointBefore(b.length())) && Character.isLetter(a.codePointAt(0));
  }

  /**
   * The text with the dateline blanked out: spaces keep every offset where it was, and the
   * dateline becomes no token and no part of a sentence.
   */
  private static String withoutDateline(Document doc, CodePointIndex index) {
    if (doc.dateline() == null) return doc.text();
    int end = index.toChar(doc.dateline().extent().end());
    int start = index.toChar(doc.dateline().extent().start());
    StringBuilder masked = new StringBuilder(doc.text());
    for (int i = start; i < end; i++) masked.setCharAt(i, ' ');
    return masked.toString();
  }
}
