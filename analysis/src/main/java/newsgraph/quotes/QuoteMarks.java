package newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a text inside quotation marks, in every style news uses: “…”, „…“,
 * «…», "…", ‘…’ (British), and ''…'' (two apostrophes, as some archives render quotes). A quote whose paragraph ends before its closing mark goes on when the
 * next paragraph opens with the same mark (the convention for quotes over several paragraphs);
 * otherwise it ends with its paragraph. Works on UTF-16 indices of the text.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** A quoted stretch: {@code [start, end)} is the content, inside the marks. */
  record Quoted(int start, int end) {}

  static List<Quoted> find(String text) {
    List<Quoted> found = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\'' && text.startsWith("''", i) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        int closing = text.indexOf("''", i + 2);
        int newline = text.indexOf('\n', i + 2);
        if (closing > i + 2 && (newline < 0 || closing < newline)) {
          found.add(new Quoted(i + 2, closing));
          i = closing + 2;
          continue;
        }
      }
      char close = closerFor(text, i);
      if (close == 0) {
        i++;
        continue;
      }
      int start = i + 1;
      int end = findClose(text, start, close);
      int next;
      if (end >= 0) {
        next = end + 1;
      } else {
        // Unclosed: run on through following paragraphs that reopen with the same mark.
        int paragraphEnd = lineEnd(text, start);
        while (paragraphEnd + 1 < n && text.charAt(paragraphEnd + 1) == c) {
          int reopened = paragraphEnd + 2;
          int closing = findClose(text, reopened, close);
          if (closing >= 0) {
            paragraphEnd = -1;
            end = closing;
            break;
          }
          paragraphEnd = lineEnd(text, reopened);
        }
        if (end < 0) end = paragraphEnd;
        next = end + 1;
      }
      if (end > start) found.add(new Quoted(start, end));
      i = next;
    }
    return found;
  }

  /** The closing mark for an opening mark at {@code i}, or 0 if no quote opens there. */
  private static char closerFor(String text, int i) {
    char c = text.charAt(i);
    boolean atWordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    switch (c) {
      case '\u201c': return '\u201d';
      case '\u201e': return '\u201c';
      case '\u00ab': return '\u00bb';
      case '"': return atWordStart ? '"' : 0;
      case '\u2018': return atWordStart ? '\u2019' : 0;
      default: return 0;
    }
  }

  /**
   * The index of the closing mark in the same paragraph, or -1. A closing ’ must not sit inside a
   * word (that is an apostrophe: {@code don’t}).
   */
  private static int findClose(String text, int from, char close) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') return -1;
      if (c != close) continue;
      if (close == '\u2019' && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1))) continue;
      return j;
    }
    return -1;
  }

  private static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }
}
