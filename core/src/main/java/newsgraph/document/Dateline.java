package newsgraph.document;

import java.util.Objects;

/**
 * The place line that opens wire copy ({@code MOSCOW (Reuters) -}, {@code Nairobi:}).
 * {@code text} and {@code span} are the place name, kept for the geocoder; {@code extent} is the
 * whole dateline (place, date, agency and dash), which is not part of any sentence;
 * {@code agency} is the news agency it names, or null.
 */
public record Dateline(String text, Span span, Span extent, String agency) {
  public Dateline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(extent, "extent");
    if (!extent.contains(span)) {
      throw new IllegalArgumentException("dateline place " + span + " lies outside its extent " + extent);
    }
  }
}
