package newsgraph.document;

import java.util.Objects;

/** A sentence of the text. Sentences never cross a paragraph break. */
public record Sentence(Span span) {
  public Sentence {
    Objects.requireNonNull(span, "span");
  }
}
