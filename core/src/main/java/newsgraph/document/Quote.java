package newsgraph.document;

import java.util.Objects;

/**
 * Something said, and who said it. {@code speaker} is an entity id or null when the article does
 * not say who spoke; {@code cueSpan} and {@code speakerMention} may be null.
 */
public record Quote(String id, Kind kind, String text, Span span, String cue, Span cueSpan,
    String speaker, Mention speakerMention, double confidence) {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  /** direct: all in quotation marks; partial: a quoted fragment; indirect: reported speech. */
  public enum Kind {
    DIRECT, PARTIAL, INDIRECT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
