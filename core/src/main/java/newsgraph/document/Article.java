package newsgraph.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as a reader found it, before analysis: its main text (paragraphs separated by one
 * newline) and what metadata the input carried. Built with {@link #builder(String, String)}.
 */
public final class Article {
  private final String source;
  private final String text;
  private final String url;
  private final String title;
  private final String byline;
  private final String language;
  private final LocalDate published;

  private Article(Builder b) {
    this.source = b.source;
    this.text = b.text;
    this.url = b.url;
    this.title = b.title;
    this.byline = b.byline;
    this.language = b.language;
    this.published = b.published;
  }

  /** {@code source} names where the article came from (path, URL, record id); never null. */
  public static Builder builder(String source, String text) {
    return new Builder(source, text);
  }

  public String source() { return source; }
  public String text() { return text; }
  public String url() { return url; }
  public String title() { return title; }
  public String byline() { return byline; }
  public String language() { return language; }
  public LocalDate published() { return published; }

  /** Collects an article's optional fields; only source and text are required. */
  public static final class Builder {
    private final String source;
    private final String text;
    private String url;
    private String title;
    private String byline;
    private String language = "en";
    private LocalDate published;

    private Builder(String source, String text) {
      this.source = Objects.requireNonNull(source, "source");
      this.text = Objects.requireNonNull(text, "text");
    }

    public Builder url(String url) { this.url = url; return this; }
    public Builder title(String title) { this.title = title; return this; }
    public Builder byline(String byline) { this.byline = byline; return this; }
    public Builder language(String language) { this.language = Objects.requireNonNull(language, "language"); return this; }
    public Builder published(LocalDate published) { this.published = published; return this; }

    public Article build() {
      return new Article(this);
    }
  }
}
