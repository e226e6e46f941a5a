package newsgraph.repair;

import java.util.List;
import newsgraph.document.Repair;

/**
 * Turns broken whitespace inside a paragraph into one plain space: tabs, the typographic spaces
 * U+2000-U+200A, the ideographic space U+3000 where it sits between Latin text, and no-break
 * spaces that stand next to other whitespace (left over from {@code &nbsp; } in HTML). The whole
 * run of whitespace around such a character becomes one space. Newlines are never touched.
 *
 * <p>Deliberately left alone, because clean text has them: runs of plain spaces (BBC copy has
 * them in scraped poll widgets, and text art needs them), a single no-break space between two
 * non-spaces (French punctuation, "10&nbsp;km", names kept on one line), a typographic space
 * between digits (a thousands separator), and U+3000 in CJK text, where it is the normal space.
 */
final class WhitespaceNormalizer implements RepairPass {

  @Override
  public Repair.Kind kind() {
    return Repair.Kind.WHITESPACE;
  }

  private static boolean isInlineSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0' || (c >= '\u2000' && c <= '\u200a') || c == '\u3000';
  }

  @Override
  public void findEdits(String text, List<Edit> edits) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || !isInlineSpace(c)) {
        i++;
        continue;
      }
      int start = i;
      while (start > 0 && text.charAt(start - 1) == ' ') start--;
      int end = i;
      while (end < text.length() && isInlineSpace(text.charAt(end))) end++;
      if (isBroken(text, start, end)) edits.add(new Edit(start, end, " "));
      i = end;
    }
  }

  /** Whether the whitespace run {@code [start, end)} (not all plain spaces) needs repair. */
  private static boolean isBroken(String text, int start, int end) {
    char before = start > 0 ? text.charAt(start - 1) : '\n';
    char after = end < text.length() ? text.charAt(end) : '\n';
    if (end - start == 1) {
      char c = text.charAt(start);
      if (c == '\u00a0') return false;
      if (c == '\u3000') return isLatin(before) && isLatin(after);
      if (c >= '\u2000' && c <= '\u200a' && Character.isDigit(before) && Character.isDigit(after)) {
        return false;
      }
      return true;
    }
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '\u3000' && !(isLatin(before) && isLatin(after))) return false;
    }
    return true;
  }

  /** Latin script, digits or ASCII punctuation: text in which U+3000 can't be a real space. */
  private static boolean isLatin(char c) {
    return c < 0x250 && c != '\n' && !Character.isWhitespace(c);
  }
}
