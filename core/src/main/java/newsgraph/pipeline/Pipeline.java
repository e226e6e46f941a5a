package newsgraph.pipeline;

import java.util.List;
import newsgraph.document.Article;
import newsgraph.document.Document;

/** Stages run in order; each sees what the ones before it added. Immutable and thread-safe. */
public final class Pipeline {
  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public List<Stage> stages() {
    return stages;
  }

  public Document apply(Article article) {
    return apply(Document.of(article));
  }

  /** Runs every stage; a failure comes back as a {@link StageException} naming stage and source. */
  public Document apply(Document doc) {
    for (Stage stage : stages) {
      Document next;
      try {
        next = stage.apply(doc);
      } catch (RuntimeException | StackOverflowError e) {
        throw new StageException(stage.name() + " failed on " + doc.source() + ": " + e, e);
      }
      if (next == null) {
        throw new StageException(stage.name() + " returned null for " + doc.source(), null);
      }
      doc = next;
    }
    return doc;
  }
}
