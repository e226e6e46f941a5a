package newsgraph.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Sentence;
import newsgraph.document.Span;
import newsgraph.document.Token;
import newsgraph.pipeline.Stage;

/**
 * Adds {@code entities}: names found by CoreNLP's CRF tagger, one entity per distinct name and
 * type, with every mention. Needs sentences and tokens.
 *
 * <p>The model is CoreNLP's CoNLL 4-class CRF with distributional-similarity features: its
 * PERSON / ORGANIZATION / LOCATION / MISC are the contract's types, it was trained on Reuters news,
 * and it needs no part-of-speech tags, so tagging costs one CRF pass per sentence. Fine-grained
 * NER, the numeric classifiers and SUTime stay off: dates have their own stage.
 */
public final class EntityRecognizer implements Stage {
  /** Classpath resource inside CoreNLP's models jar. */
  public static final String CONLL_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final CRFClassifier<CoreLabel> crf;

  /** Loads the CoNLL model (a few seconds; build one per process). */
  public EntityRecognizer() {
    this(CONLL_MODEL);
  }

  public EntityRecognizer(String model) {
    try {
      this.crf = CRFClassifier.getClassifier(model);
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot load NER model " + model
          + " (is stanford-corenlp's models jar on the classpath?)", e);
    }
  }

  @Override
  public Document apply(Document doc) {
    CodePointIndex index = CodePointIndex.of(doc.text());
    Map<String, EntityBuilder> byName = new LinkedHashMap<>();
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = doc.tokensIn(sentence.span());
      for (TaggedSpan tagged : tag(tokens)) {
        Span span = new Span(tokens.get(tagged.first).span().start(), tokens.get(tagged.last).span().end());
        String text = index.substring(span);
        byName.computeIfAbsent(tagged.type + "\u0000" + text,
            k -> new EntityBuilder(tagged.type, text)).mentions.add(new Mention(span, text));
      }
    }
    List<Entity> entities = new ArrayList<>(byName.size());
    int n = 0;
    for (EntityBuilder b : byName.values()) {
      entities.add(new Entity("e" + ++n, b.type, b.name, List.of(), List.of(), b.mentions, null));
    }
    return doc.withEntities(entities);
  }

  private record TaggedSpan(EntityType type, int first, int last) {}

  /** Runs of tokens carrying one entity label; the model's B-/I- prefixes, if any, are ignored. */
  private List<TaggedSpan> tag(List<Token> tokens) {
    if (tokens.isEmpty()) return List.of();
    List<CoreLabel> labels = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      CoreLabel label = new CoreLabel();
      label.setWord(t.word());
      label.setValue(t.word());
      labels.add(label);
    }
    // classifySentence, not classify: it first derives the word shapes and normalised forms
    // (ObjectBankWrapper) that the model's features read.
    labels = crf.classifySentence(labels);
    List<TaggedSpan> spans = new ArrayList<>();
    EntityType current = null;
    int first = 0;
    for (int i = 0; i <= labels.size(); i++) {
      EntityType type = null;
      boolean begins = false;
      if (i < labels.size()) {
        String answer = labels.get(i).get(CoreAnnotations.AnswerAnnotation.class);
        begins = answer != null && answer.startsWith("B-");
        type = typeOf(answer);
      }
      if (current != null && (type != current || begins)) {
        spans.add(new TaggedSpan(current, first, i - 1));
        current = null;
      }
      if (type != null && current == null) {
        current = type;
        first = i;
      }
    }
    return spans;
  }

  private static EntityType typeOf(String answer) {
    if (answer == null) return null;
    String label = answer.startsWith("B-") || answer.startsWith("I-") ? answer.substring(2) : answer;
    return switch (label) {
      case "PERSON", "PER" -> EntityType.PERSON;
      case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
      case "LOCATION", "LOC" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }

  private static final class EntityBuilder {
    final EntityType type;
    final String name;
    final List<Mention> mentions = new ArrayList<>();

    EntityBuilder(EntityType type, String name) {
      this.type = type;
      this.name = name;
    }
  }
}
