package newsgraph.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Repair;

/**
 * Any text through the repairer: no exception; every repair's span inside the repaired text and
 * holding its {@code after}, in order, never overlapping, never a no-op; newlines kept; repairing
 * again changes nothing; clean ASCII prose comes back as the same document. The suite replays
 * {@code TextRepairerFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class TextRepairerFuzzTest {
  private static final TextRepairer REPAIRER = new TextRepairer();

  @FuzzTest(maxDuration = "10m")
  void repairsAnyTextConsistently(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    String where = " for \"" + escape(text) + "\"";
    Document doc = Document.of(Article.builder("t", text).build());
    Document once = REPAIRER.apply(doc);
    CodePointIndex index = CodePointIndex.of(once.text());
    int previousEnd = 0;
    for (Repair r : once.repairs()) {
      assertTrue(r.span().start() >= previousEnd, "repairs overlap or are out of order" + where);
      assertTrue(r.span().end() <= index.length(), "repair past the end of the text" + where);
      assertEquals(r.after(), index.substring(r.span()), where);
      assertNotEquals(r.before(), r.after(), "no-op repair" + where);
      previousEnd = r.span().end();
    }
    assertEquals(text.chars().filter(c -> c == '\n').count(), once.text().chars().filter(c -> c == '\n').count(),
        "newlines changed" + where);
    Document twice = REPAIRER.apply(Document.of(Article.builder("t", once.text()).build()));
    assertEquals(once.text(), twice.text(), "not idempotent" + where);
    assertTrue(twice.repairs().isEmpty(), "not idempotent" + where);
    if (isCleanAscii(text)) assertSame(doc, once, "clean ASCII changed" + where);
  }

  /**
   * Found by the fuzzer: a replacement character after "Ð" became a quotation mark only once
   * earlier repairs had changed its neighbours, and the "Ð”" so made (mojibake for "Д") needed a
   * fifth round, after the old limit of four; repairing the output again then changed it.
   */
  @Test void repairsToTheEndWhenEachRoundUncoversMore() {
    String text = "Cl_\\___n\u0001\u008a\u0009\u00a0\u00ef\u00bf\u00bdCaf\u00c3nod(\ufffd wWe\u00d0\ufffd wob&dWe"
        + "\u00d0\ufffd ws, \u00a5awod(\ufffd wWe\u00d0\ufffd wob.\u0000\u0000\u0000\u0000\u0000CC\u3cf4\u00e2\u20ac"
        + "\u0000\u0000\u0000\u0000\u2122sj";
    String once = REPAIRER.apply(Document.of(Article.builder("t", text).build())).text();
    assertEquals(once, REPAIRER.apply(Document.of(Article.builder("t", once).build())).text());
    assertTrue(!once.contains("\u00d0\u201d"), once);
  }

  /** Letters, digits, single spaces, newlines and everyday punctuation: nothing to repair. */
  private static boolean isCleanAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = Character.isLetterOrDigit(c) && c < 0x80 || c == '\n' || ".,;:!'\"()-".indexOf(c) >= 0
          || c == ' ' && (i == 0 || text.charAt(i - 1) != ' ');
      if (!ok) return false;
    }
    return true;
  }

  /** Java source escapes for everything outside printable ASCII, to paste a finding into a unit test. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') out.append(c); else out.append(String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
