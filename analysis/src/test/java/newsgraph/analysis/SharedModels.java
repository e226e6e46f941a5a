package newsgraph.analysis;

import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.entities.EntityRecognizer;
import newsgraph.pipeline.Pipeline;
import newsgraph.text.ParagraphSplitter;
import newsgraph.text.SentenceSplitter;

/** Models load once per test JVM; tests of every stage share them. */
public final class SharedModels {
  private SharedModels() {}

  private static final class Holder {
    static final Pipeline STANDARD = StandardPipeline.create();
  }

  public static Pipeline standard() {
    return Holder.STANDARD;
  }

  public static SentenceSplitter sentenceSplitter() {
    return (SentenceSplitter) standard().stages().stream()
        .filter(s -> s instanceof SentenceSplitter).findFirst().orElseThrow();
  }

  public static EntityRecognizer entityRecognizer() {
    return (EntityRecognizer) standard().stages().stream()
        .filter(s -> s instanceof EntityRecognizer).findFirst().orElseThrow();
  }

  /** Paragraphs and sentences of {@code text}, ready for the stages after them. */
  public static Document split(String text) {
    Document d = Document.of(Article.builder("test", text).build());
    return sentenceSplitter().apply(new ParagraphSplitter().apply(d));
  }
}
