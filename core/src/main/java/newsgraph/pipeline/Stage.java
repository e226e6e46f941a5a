package newsgraph.pipeline;

import newsgraph.document.Document;

/**
 * One step of analysis: takes a document, returns a new one with more annotations. A stage must
 * be safe to call from many threads at once (it holds models, not per-document state).
 */
@FunctionalInterface
public interface Stage {
  Document apply(Document doc);

  /** Name used in error messages and logs. */
  default String name() {
    return getClass().getSimpleName();
  }
}
