package newsgraph.repair;

import java.util.List;
import newsgraph.document.Repair;

/**
 * Decodes HTML character references left in text: {@code &amp;}, {@code &eacute;},
 * {@code &#8217;}, {@code &#x2019;}. Only references with their semicolon count, so "AT&T",
 * "R&D" and "this&not that" stay as written; an unknown name such as {@code &foo;} stays too.
 * Numeric references to C1 positions mean the Windows-1252 character there, as in browsers
 * ({@code &#146;} is ’); references to control characters and newlines are not decoded, since
 * they would only be removed again or would split a paragraph.
 */
final class EntityDecoder implements RepairPass {

  // The longest name in the table is 8 letters ("thetasym"); 32 leaves room without scanning far.
  private static final int MAX_NAME = 32;

  @Override
  public Repair.Kind kind() {
    return Repair.Kind.ENTITY;
  }

  @Override
  public void findEdits(String text, List<Edit> edits) {
    int amp = text.indexOf('&');
    while (amp >= 0) {
      int semicolon = referenceEnd(text, amp);
      String decoded = semicolon < 0 ? null : decode(text.substring(amp + 1, semicolon));
      if (decoded != null) {
        edits.add(new Edit(amp, semicolon + 1, decoded));
        amp = text.indexOf('&', semicolon + 1);
      } else {
        amp = text.indexOf('&', amp + 1);
      }
    }
  }

  /** The index of the ';' closing a well-formed reference at {@code amp}, or -1. */
  private static int referenceEnd(String text, int amp) {
    int i = amp + 1;
    int limit = Math.min(text.length(), amp + 2 + MAX_NAME);
    if (i < limit && text.charAt(i) == '#') {
      i++;
      boolean hex = i < limit && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
      if (hex) i++;
      int digits = i;
      while (i < limit && (hex ? isHexDigit(text.charAt(i)) : isDigit(text.charAt(i)))) i++;
      if (i == digits || i - digits > (hex ? 6 : 7)) return -1;
    } else {
      if (i >= limit || !isAsciiLetter(text.charAt(i))) return -1;
      while (i < limit && (isAsciiLetter(text.charAt(i)) || isDigit(text.charAt(i)))) i++;
    }
    return i < text.length() && text.charAt(i) == ';' ? i : -1;
  }

  /** What the reference body (between '&' and ';') stands for, or null to leave it alone. */
  private static String decode(String body) {
    if (body.charAt(0) != '#') return HtmlEntities.named(body);
    boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
    int cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
    if (cp >= 0x80 && cp <= 0x9f) {
      char c = SingleByteCodec.SLOPPY_WINDOWS_1252.decode(cp);
      return c == cp ? null : String.valueOf(c); // one of the five bytes 1252 leaves unassigned
    }
    if (cp < 0x20 || cp == 0x7f || cp > Character.MAX_CODE_POINT
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
      return null;
    }
    return Character.toString(cp);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
