package newsgraph.ingest;

import newsgraph.document.Article;

/** What every reader owes its sink, checked on each fuzz input. */
public final class FuzzChecks {
  private FuzzChecks() {}

  /** Fails on an article without text or a skip or warning without a source and a reason. */
  public static final class Sink implements ArticleSink {
    private int reports;

    @Override public void accept(Article article) {
      require(article.source() != null && !article.source().isBlank(), "article without a source");
      require(!article.text().isBlank(), "article without text: " + article.source());
      reports++;
    }

    @Override public void skip(String source, String reason) {
      require(source != null && !source.isBlank(), "skip without a source");
      require(reason != null && !reason.isBlank(), "skip without a reason: " + source);
      reports++;
    }

    @Override public void warn(String source, String message) {
      require(source != null && message != null && !message.isBlank(), "warning without a message");
    }

    /** For readers that see the whole input as one: something must have come of it. */
    public void checkSomethingReported() {
      require(reports > 0, "input neither read nor skipped");
    }

    private static void require(boolean ok, String message) {
      if (!ok) throw new AssertionError(message);
    }
  }
}
