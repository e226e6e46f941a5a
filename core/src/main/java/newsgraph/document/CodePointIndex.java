package newsgraph.document;

import java.util.Arrays;

/**
 * The one place that converts between Java's UTF-16 string indices and the contract's code-point
 * offsets. Text without surrogate pairs (most news) converts by identity; otherwise the index
 * keeps the UTF-16 position of each supplementary character and converts by binary search.
 */
public final class CodePointIndex {
  private final String text;
  /** UTF-16 index of the high surrogate of each supplementary character, ascending. */
  private final int[] pairs;

  private CodePointIndex(String text, int[] pairs) {
    this.text = text;
    this.pairs = pairs;
  }

  public static CodePointIndex of(String text) {
    int count = 0;
    for (int i = 0; i < text.length() - 1; i++) {
      if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
        count++;
        i++;
      }
    }
    int[] pairs = new int[count];
    int k = 0;
    for (int i = 0; k < count; i++) {
      if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
        pairs[k++] = i;
        i++;
      }
    }
    return new CodePointIndex(text, pairs);
  }

  public String text() {
    return text;
  }

  /** Length of the text in code points. */
  public int length() {
    return text.length() - pairs.length;
  }

  /** The code-point offset of UTF-16 index {@code charIndex} (0..text.length()). */
  public int toCodePoint(int charIndex) {
    if (charIndex < 0 || charIndex > text.length()) {
      throw new IndexOutOfBoundsException("char index " + charIndex + " outside text of "
          + text.length() + " chars");
    }
    if (pairs.length == 0) return charIndex;
    // Each pair that starts before charIndex holds two chars but one code point; an index that
    // falls between the halves of a pair rounds down to the pair's start.
    int before = Arrays.binarySearch(pairs, charIndex);
    if (before >= 0) return charIndex - before;
    int insertion = -before - 1;
    if (insertion > 0 && pairs[insertion - 1] == charIndex - 1) {
      return charIndex - 1 - (insertion - 1);
    }
    return charIndex - insertion;
  }

  /** The UTF-16 index of code-point offset {@code codePoint} (0..length()). */
  public int toChar(int codePoint) {
    if (codePoint < 0 || codePoint > length()) {
      throw new IndexOutOfBoundsException("code point " + codePoint + " outside text of "
          + length() + " code points");
    }
    if (pairs.length == 0) return codePoint;
    // pairs[k] - k is the code-point offset of the k-th supplementary character.
    int lo = 0, hi = pairs.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[mid] - mid < codePoint) lo = mid + 1; else hi = mid;
    }
    return codePoint + lo;
  }

  /** The span of code points covering UTF-16 range {@code [charStart, charEnd)}. */
  public Span span(int charStart, int charEnd) {
    return new Span(toCodePoint(charStart), toCodePoint(charEnd));
  }

  /** The text under {@code span}. */
  public String substring(Span span) {
    return text.substring(toChar(span.start()), toChar(span.end()));
  }
}
