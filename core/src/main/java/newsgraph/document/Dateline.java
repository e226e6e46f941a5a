package newsgraph.document;

import java.util.Objects;

/** The place line that opens wire copy ({@code MOSCOW (Reuters) -}): its place name and span. */
public record Dateline(String text, Span span) {
  public Dateline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
