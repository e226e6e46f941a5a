package newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Paragraph;
import newsgraph.pipeline.Stage;

/**
 * Adds {@code paragraphs}: the text's lines, since the contract separates paragraphs by one
 * newline (readers lay the article out that way). Blank lines make no paragraph.
 */
public final class ParagraphSplitter implements Stage {

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    CodePointIndex index = CodePointIndex.of(text);
    List<Paragraph> paragraphs = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      if (!text.substring(start, end).isBlank()) {
        paragraphs.add(Paragraph.of(index.span(start, end)));
      }
      if (newline < 0) break;
      start = newline + 1;
    }
    return doc.withParagraphs(paragraphs);
  }
}
