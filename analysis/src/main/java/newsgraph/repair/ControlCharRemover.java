package newsgraph.repair;

import java.util.List;
import newsgraph.document.Repair;

/**
 * Removes characters that have no place in article text: C0 controls other than newline and tab,
 * DEL, the C1 controls that mojibake repair could not place, byte-order marks anywhere, and
 * invisible formatting junk (zero-width space, word joiner, soft hyphen, invisible operators,
 * deprecated format controls, interlinear annotation marks, the object replacement character).
 * Zero-width joiner and non-joiner (U+200D, U+200C) stay: emoji sequences and Indic and Persian
 * spelling need them; so do the bidirectional marks, which right-to-left text needs.
 *
 * <p>A carriage return, vertical tab or form feed between two words was a line break; it
 * becomes a space rather than gluing the words together.
 */
final class ControlCharRemover implements RepairPass {

  @Override
  public Repair.Kind kind() {
    return Repair.Kind.CONTROL;
  }

  static boolean isJunk(char c) {
    if (c < 0x20) return c != '\n' && c != '\t';
    if (c < 0x7f) return false;
    if (c <= 0x9f) return true; // DEL and C1
    return c == '\u00ad' || c == '\u200b' || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u206a' && c <= '\u206f') || c == '\ufeff' || (c >= '\ufff9' && c <= '\ufffc');
  }

  @Override
  public void findEdits(String text, List<Edit> edits) {
    int i = 0;
    while (i < text.length()) {
      if (!isJunk(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean lineBreak = false;
      while (i < text.length() && isJunk(text.charAt(i))) {
        char c = text.charAt(i++);
        lineBreak |= c == '\r' || c == '\u000b' || c == '\u000c';
      }
      boolean betweenWords = start > 0 && i < text.length()
          && !isSpace(text.charAt(start - 1)) && !isSpace(text.charAt(i));
      edits.add(new Edit(start, i, lineBreak && betweenWords ? " " : ""));
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
