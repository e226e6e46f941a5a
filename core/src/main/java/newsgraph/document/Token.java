package newsgraph.document;

import java.util.Objects;

/**
 * A token of the text. {@code word} is the tokenizer's normalised form (what models see, e.g. a
 * straight quote for a curly one); the span points at the original characters. Tokens are for
 * stages, not part of the printed contract.
 */
public record Token(Span span, String word) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
  }
}
