package newsgraph.document;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date expression and its normalised value: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * as {@code granularity} says. {@code value} is null when the expression is relative
 * ({@code yesterday}, {@code on Monday}) and the article's publication date is unknown: no guess.
 * {@code granularity} may then be null too, when even that depends on the anchor ({@code last
 * week} is a month or a year depending on where the week falls).
 */
public record DateMention(String text, Span span, String value, Granularity granularity) {
  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (value != null) {
      Objects.requireNonNull(granularity, "granularity of a date with a value");
      if (!granularity.format.matcher(value).matches()) {
        throw new IllegalArgumentException("date value '" + value + "' is not of "
            + granularity.label() + " granularity");
      }
    }
  }

  public enum Granularity {
    YEAR("\\d{4}"), MONTH("\\d{4}-\\d{2}"), DAY("\\d{4}-\\d{2}-\\d{2}");

    private final Pattern format;

    Granularity(String format) {
      this.format = Pattern.compile(format);
    }

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
