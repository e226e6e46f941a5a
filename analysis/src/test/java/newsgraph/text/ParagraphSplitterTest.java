package newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Paragraph;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {
  private static List<String> paragraphs(String text) {
    Document d = new ParagraphSplitter().apply(Document.of(Article.builder("t", text).build()));
    CodePointIndex index = CodePointIndex.of(text);
    return d.paragraphs().stream().map(Paragraph::span).map(index::substring).toList();
  }

  @Test void makesOneParagraphPerLine() {
    assertEquals(List.of("MOSCOW (Reuters) - Talks resumed.", "\"Good,\" he said."),
        paragraphs("MOSCOW (Reuters) - Talks resumed.\n\"Good,\" he said."));
  }

  @Test void skipsBlankLines() {
    assertEquals(List.of("One.", "Two."), paragraphs("One.\n\n  \nTwo.\n"));
  }

  @Test void countsOffsetsInCodePoints() {
    Document d = new ParagraphSplitter().apply(Document.of(Article.builder("t", "😀 Hi.\nBye.").build()));
    assertEquals(6, d.paragraphs().get(1).span().start()); // 😀 is one code point, two chars
  }

  @Test void leavesDuplicateFieldsUnmeasured() {
    Document d = new ParagraphSplitter().apply(Document.of(Article.builder("t", "A.\nA.").build()));
    assertEquals(null, d.paragraphs().get(1).duplicateOf());
    assertEquals(null, d.paragraphs().get(1).similarity());
  }
}
