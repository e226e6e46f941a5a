package newsgraph.eval;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP configured as every comparison here runs it (the quote eval and {@code bench
 * pipeline}), so that the eval's baseline and the bench's peer are one and the same.
 */
public final class CoreNlpBaseline {
  /** CoreNLP's quote attribution needs these, in this order (its documentation). */
  public static final String QUOTE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
  public static final String NER_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

  private CoreNlpBaseline() {}

  /** The annotators on one thread, SUTime and fine-grained NER off (which only makes CoreNLP faster). */
  public static StanfordCoreNLP create(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("threads", "1");
    return new StanfordCoreNLP(props);
  }
}
