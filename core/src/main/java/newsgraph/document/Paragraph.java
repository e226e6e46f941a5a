package newsgraph.document;

import java.util.Objects;

/**
 * A paragraph of the text. {@code duplicateOf} is the index of an earlier paragraph that this one
 * repeats or rewords, or null; {@code similarity} is how close it is to that paragraph (0..1), or
 * null while no stage has measured it.
 */
public record Paragraph(Span span, Integer duplicateOf, Double similarity) {
  public Paragraph {
    Objects.requireNonNull(span, "span");
    if (duplicateOf != null && duplicateOf < 0) {
      throw new IllegalArgumentException("duplicateOf must be a paragraph index, got " + duplicateOf);
    }
    if (similarity != null && !(similarity >= 0.0 && similarity <= 1.0)) {
      throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
    }
  }

  public static Paragraph of(Span span) {
    return new Paragraph(span, null, null);
  }
}
