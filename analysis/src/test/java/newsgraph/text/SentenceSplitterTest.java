package newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import newsgraph.analysis.SharedModels;
import newsgraph.analysis.Spans;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Sentence;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    Document d = SharedModels.split(text);
    CodePointIndex index = CodePointIndex.of(text);
    return d.sentences().stream().map(Sentence::span).map(index::substring).toList();
  }

  @Test void splitsAtSentenceEndsButNotAtTitles() {
    assertEquals(List.of("Mr. Ng arrived in the U.S. on Monday.", "He left on Tuesday."),
        sentences("Mr. Ng arrived in the U.S. on Monday. He left on Tuesday."));
  }

  @Test void neverRunsASentenceAcrossAParagraph() {
    assertEquals(List.of("MOSCOW (Reuters) -", "Talks resumed on Tuesday."),
        sentences("MOSCOW (Reuters) -\nTalks resumed on Tuesday."));
  }

  @Test void keepsAQuoteWithItsSentence() {
    assertEquals(List.of("\u201cWe will not wait,\u201d she said.", "Talks continue."),
        sentences("\u201cWe will not wait,\u201d she said. Talks continue."));
  }

  @Test void tokenSpansPointAtTheOriginalCharacters() {
    Document d = SharedModels.split("😀 Smith (the envoy) said.");
    CodePointIndex index = CodePointIndex.of(d.text());
    assertEquals(List.of("😀", "Smith", "(", "the", "envoy", ")", "said", "."),
        d.tokens().stream().map(t -> index.substring(t.span())).toList());
  }

  private static List<String> tokens(String text) {
    Document d = SharedModels.split(text);
    CodePointIndex index = CodePointIndex.of(d.text());
    return d.tokens().stream().map(t -> index.substring(t.span())).toList();
  }

  @Test void keepsAnApostropheInsideAHyphenatedName() {
    assertEquals(List.of("members", "of", "al-Gama'a", "al-Islamiya", "and", "al-Qur\u2019an"),
        tokens("members of al-Gama'a al-Islamiya and al-Qur\u2019an"));
  }

  @Test void stillSplitsCliticsAndQuoteMarksFromWords() {
    assertEquals(List.of("the", "co-op", "'s", "'", "al-Qaeda", "'", "cell"),
        tokens("the co-op's 'al-Qaeda' cell"));
  }

  @Test void spansStayConsistentOnRandomInput() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String[] pieces = {"Smith", " ", ".", "'", "al-Qur", "\n", "\"", "\u201c", "😀", "Dr.", "U.S.", "said", ",", "Łódź", "\t", "?!"};
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) sb.append(pieces[random.nextInt(pieces.length)]);
      Document d = SharedModels.split(sb.toString());
      try {
        Spans.assertConsistent(d);
      } catch (AssertionError e) {
        throw new AssertionError("seed=" + seed + " text=" + sb, e);
      }
    }
  }
}
