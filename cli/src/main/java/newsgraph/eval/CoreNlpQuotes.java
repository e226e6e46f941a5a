package newsgraph.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import newsgraph.document.Span;

/**
 * The baseline of {@code eval quotes}: CoreNLP's quote annotator with its attribution, on the
 * pipeline it needs ({@link #ANNOTATORS}); SUTime and fine-grained NER off, as in Newsgraph.
 * Offsets are UTF-16, which equal code points on PolNeAR (no character outside the BMP).
 */
final class CoreNlpQuotes {
  static final String ANNOTATORS = CoreNlpBaseline.QUOTE_ANNOTATORS;

  /** A quote CoreNLP found, with its speaker's span if it gives one and the names it gives. */
  record Found(Span span, Span speakerSpan, List<String> speakerNames) {}

  private final StanfordCoreNLP corenlp;

  CoreNlpQuotes() {
    corenlp = CoreNlpBaseline.create(ANNOTATORS);
  }

  List<Found> quotes(String text) {
    CoreDocument doc = new CoreDocument(text);
    corenlp.annotate(doc);
    List<Found> found = new ArrayList<>();
    for (CoreQuote q : doc.quotes()) {
      Pair<Integer, Integer> at = q.quoteCharOffsets();
      Span speaker = q.speakerCharOffsets().map(p -> new Span(p.first, p.second)).orElse(null);
      List<String> names = new ArrayList<>();
      q.speaker().ifPresent(names::add);
      q.canonicalSpeaker().ifPresent(names::add);
      found.add(new Found(new Span(at.first, at.second), speaker, names));
    }
    return found;
  }
}
