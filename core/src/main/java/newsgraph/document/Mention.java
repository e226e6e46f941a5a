package newsgraph.document;

import java.util.Objects;

/** One occurrence of a name in the text: its span and the text under it. */
public record Mention(Span span, String text) {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
