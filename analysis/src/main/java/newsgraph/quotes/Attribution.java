package newsgraph.quotes;

import newsgraph.document.Mention;
import newsgraph.document.Span;

/** Who spoke, through which cue. */
record Attribution(String cue, Span cueSpan, String speaker, Mention speakerMention,
    double confidence, boolean adjacent) {
  Attribution adjacent(boolean value) {
    return new Attribution(cue, cueSpan, speaker, speakerMention, confidence, value);
  }

  /** The next quote of the same speaker: the mention that introduced them still names them. */
  Attribution continued() {
    return new Attribution(null, null, speaker, speakerMention, 0.6, true);
  }
}
