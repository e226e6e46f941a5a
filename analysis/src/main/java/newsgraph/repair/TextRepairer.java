package newsgraph.repair;

import java.util.ArrayList;
import java.util.List;
import newsgraph.document.Document;
import newsgraph.document.Repair;
import newsgraph.pipeline.Stage;

/**
 * The first stage: repairs damaged text before anything reads it, and records each change as a
 * {@link Repair} (CONTRACT §2 {@code repairs}) whose span points into the repaired text. In
 * order, per round:
 * <ol>
 *   <li>{@code entity}: HTML character references left in the text ({@code &amp;},
 *       {@code &#8217;}), see {@code EntityDecoder};
 *   <li>{@code mojibake}: UTF-8 read as Windows-1252, Latin-1, MacRoman and the like, once or
 *       twice, ported from python-ftfy, see {@code MojibakeFixer};
 *   <li>{@code control}: control characters, stray byte-order marks and invisible formatting
 *       junk, see {@code ControlCharRemover};
 *   <li>{@code lossy-mojibake}: apostrophes and quotation marks that mojibake destroyed beyond
 *       decoding, restored from context, see {@code LossyQuoteRestorer};
 *   <li>{@code whitespace}: tabs and stray Unicode spaces inside a paragraph, see
 *       {@code WhitespaceNormalizer}.
 * </ol>
 * Rounds repeat until one changes nothing (double-escaped "&amp;amp;" needs two), so repairing
 * repaired text changes nothing. Characters changed by several passes make one repair, from the
 * original characters to the final ones. Newlines are never added or removed. Clean text costs
 * one fast scan and comes back as the same document.
 *
 * <p>Needs a document that has not been annotated yet (it changes the text); safe to share
 * between threads.
 */
public final class TextRepairer implements Stage {

  // Nested damage (an entity hiding double mojibake) takes two or three rounds, but a repair can
  // uncover another one round after round (fuzzing found a text needing five), and stopping early
  // leaves the output repairable again. The bound only guards against a cycle.
  private static final int MAX_ROUNDS = 16;

  private final List<RepairPass> passes;

  public TextRepairer() {
    this(List.of(new EntityDecoder(), new MojibakeFixer(), new ControlCharRemover(),
        new LossyQuoteRestorer(), new WhitespaceNormalizer()));
  }

  /** A repairer running only {@code passes}, in order: for measuring one kind on its own. */
  TextRepairer(List<RepairPass> passes) {
    this.passes = List.copyOf(passes);
  }

  @Override
  public Document apply(Document doc) {
    RepairLedger ledger = repair(doc.text());
    if (ledger == null) return doc;
    List<Repair> repairs = ledger.repairs();
    if (repairs.isEmpty()) return doc;
    return doc.withText(ledger.text(), repairs);
  }

  /** The repaired text with its repairs, or null when the text needs none. */
  RepairLedger repair(String text) {
    if (!mayNeedRepair(text)) return null;
    RepairLedger ledger = new RepairLedger(text);
    List<Edit> edits = new ArrayList<>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = false;
      for (RepairPass pass : passes) {
        edits.clear();
        pass.findEdits(ledger.text(), edits);
        if (!edits.isEmpty()) {
          ledger.apply(edits, pass.kind());
          changed = true;
        }
      }
      if (!changed) break;
    }
    return ledger;
  }

  /**
   * Whether any repair could start in {@code text}. Most news is ASCII with a few curly quotes,
   * dashes and currency signs, and none of those can; this scan is what keeps the stage fast.
   * Any character it lets through must be one no pass would act on.
   */
  static boolean mayNeedRepair(String text) {
    int n = text.length();
    boolean previousHigh = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        previousHigh = false;
        if (c >= 0x20 && c != '&' && c != '?' && c != 0x7f) continue;
        if (c == '\n') continue;
        if (c == '?') {
          if (i > 0 && i + 1 < n && Character.isLetter(text.charAt(i - 1))
              && Character.isLetter(text.charAt(i + 1))) {
            return true;
          }
          continue;
        }
        return true; // '&', DEL, and C0 controls including tab
      }
      if (c <= 0xa0 || c == 'Â' || c == 'Ã' || c == 'â' || c == 'ā' || c == 'Œ' || c == 'œ'
          || c == '\u00ad' || c == '¿' || c == '\ufffd' || c == '\ufeff' || c == '\u3000'
          || (c >= '\u2000' && c <= '\u200b') || (c >= '\u2060' && c <= '\u206f')
          || (c >= '\ufff9' && c <= '\ufffc')) {
        return true;
      }
      // Two non-ASCII characters in a row: the only other way mojibake can look (see
      // MojibakeBadness.mightBeBad). Surrogates (emoji and the like) don't count.
      boolean high = !Character.isSurrogate(c);
      if (high && previousHigh) return true;
      previousHigh = high;
    }
    return false;
  }
}
