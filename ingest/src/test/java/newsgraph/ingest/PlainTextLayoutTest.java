package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextLayoutTest {

  @Test void blankLinesSeparateParagraphsAndSingleNewlinesAreWraps() {
    assertEquals("MOSCOW (Reuters) - Talks resumed on Tuesday.\n\"Good,\" he said.",
        PlainTextLayout.layout("MOSCOW (Reuters) - Talks\nresumed on Tuesday.\n\n\n\"Good,\" he said.\n"));
  }

  @Test void everyLineIsAParagraphWhenNoLineIsBlank() {
    assertEquals("Nairobi:\nCholera cases rose.", PlainTextLayout.layout("Nairobi:\r\nCholera cases rose.\r\n"));
  }

  @Test void trimsParagraphEdgesButNotInnerSpacing() {
    assertEquals("A  b.\nC.", PlainTextLayout.layout("  A  b.  \n \t \n C. "));
  }

  @Test void whitespaceOnlyTextLaysOutEmpty() {
    assertEquals("", PlainTextLayout.layout(" \n\n\t "));
  }
}
