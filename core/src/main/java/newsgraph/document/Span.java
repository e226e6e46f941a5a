package newsgraph.document;

/**
 * A half-open range {@code [start, end)} of code points in a document's repaired text
 * (CONTRACT §2). Use {@link CodePointIndex} to turn it into Java string indices.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** Whether the two spans share at least one code point. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
