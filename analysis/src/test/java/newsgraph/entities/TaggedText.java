package newsgraph.entities;

import java.util.Arrays;
import java.util.List;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;

/** The tagging units and spans the document-level name repairs are tested on. */
final class TaggedText {
  private TaggedText() {}

  /** A unit's words, split at single spaces as the tagger's tokens would be. */
  static List<String> words(String line) {
    return Arrays.asList(line.split(" "));
  }

  static TaggedSpan span(EntityType type, int first, int last) {
    return new TaggedSpan(type, first, last);
  }
}
