package newsgraph.document;

import java.util.Objects;

/**
 * One change made to the text before analysis: {@code before} became {@code after}, which now
 * sits at {@code span} of the repaired text.
 */
public record Repair(Span span, String before, String after, Kind kind) {
  public Repair {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(kind, "kind");
  }

  /** What sort of damage was repaired; {@link #label()} is the contract's spelling. */
  public enum Kind {
    MOJIBAKE("mojibake"),
    LOSSY_MOJIBAKE("lossy-mojibake"),
    ENTITY("entity"),
    CONTROL("control"),
    WHITESPACE("whitespace");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Kind ofLabel(String label) {
      for (Kind k : values()) {
        if (k.label.equals(label)) return k;
      }
      throw new IllegalArgumentException("unknown repair kind '" + label + "'");
    }
  }
}
