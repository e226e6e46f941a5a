package newsgraph.document;

import java.util.Objects;

/** A date expression and its normalised value ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}). */
public record DateMention(String text, Span span, String value, Granularity granularity) {
  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
  }

  public enum Granularity {
    YEAR, MONTH, DAY;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
