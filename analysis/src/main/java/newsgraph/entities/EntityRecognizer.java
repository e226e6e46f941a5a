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
 * and it needs no part-of-speech tags, so tagging costs one CRF pass per 2,000 tokens. Fine-grained
 * NER, the numeric classifiers and SUTime stay off: dates have their own stage.
 */
public final class EntityRecognizer implements Stage {
  /** Classpath resource inside CoreNLP's models jar. */
  public static final String CONLL_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final CRFClassifier<CoreLabel> crf;
  private final Places places = Places.gazetteer();

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
    List<List<Token>> units = taggingUnits(doc, index);
    List<List<String>> words = new ArrayList<>(units.size());
    List<List<TaggedSpan>> tagged = new ArrayList<>(units.size());
    for (List<Token> unit : units) words.add(unit.stream().map(Token::word).toList());
    tagged.addAll(tagInPasses(units));
    tagged = NameConsistency.apply(words, tagged);
    tagged = ContextTypes.apply(words, tagged, places);
    tagged = WorksAndVessels.apply(words, tagged);
    tagged = NameBoundaries.apply(words, tagged, places);
    Map<String, EntityBuilder> byName = new LinkedHashMap<>();
    for (int u = 0; u < units.size(); u++) {
      List<Token> tokens = units.get(u);
      for (TaggedSpan t : tagged.get(u)) {
        Span span = new Span(tokens.get(t.first()).span().start(), tokens.get(t.last()).span().end());
        String text = index.substring(span);
        byName.computeIfAbsent(t.type() + "\u0000" + text,
            k -> new EntityBuilder(t.type(), text)).mentions.add(new Mention(span, text));
      }
    }
    List<Entity> entities = new ArrayList<>(byName.size());
    int n = 0;
    for (EntityBuilder b : byName.values()) {
      entities.add(new Entity("e" + ++n, b.type, b.name, List.of(), List.of(), b.mentions, null));
    }
    return doc.withEntities(entities);
  }

  /**
   * The token runs the tagger sees: sentences, except that a sentence the splitter cut after a
   * list number ({@code 2. Venuste Niyongabo ( Burundi )}) or an initial ({@code P. Such}) is
   * tagged together with the rest of its line, where the name it cut in two or lost the context
   * of continues.
   */
  private static List<List<Token>> taggingUnits(Document doc, CodePointIndex index) {
    List<List<Token>> units = new ArrayList<>();
    List<Token> current = null;
    int currentEnd = -1;
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = doc.tokensIn(sentence.span());
      if (tokens.isEmpty()) continue;
      int start = index.toChar(sentence.span().start());
      boolean sameLine = current != null && doc.text().substring(currentEnd, start).indexOf('\n') < 0;
      if (sameLine && endsInFragment(current)) {
        current.addAll(tokens);
      } else {
        current = new ArrayList<>(tokens);
        units.add(current);
      }
      currentEnd = index.toChar(sentence.span().end());
    }
    return units;
  }

  /** Ends in a full stop after a bare number or a single capital: a list number or an initial. */
  private static boolean endsInFragment(List<Token> tokens) {
    int n = tokens.size();
    if (n < 2 || !tokens.get(n - 1).word().equals(".")) return false;
    String before = tokens.get(n - 2).word();
    return before.matches("\\d{1,3}") || before.matches("\\p{Lu}");
  }

  /**
   * Most tokens tagged in one pass. The CRF's cost is linear in the pass's length, but its
   * working memory is too, and a 100 MB article must not be one sequence: a unit longer than
   * this (a table without sentence ends) is tagged in windows of this size.
   */
  private static final int CHUNK = 2000;

  /**
   * Tags the units in passes of whole consecutive units, up to {@link #CHUNK} tokens each,
   * not one sentence at a time: the model's features (the words up to four either side, other
   * occurrences of a capitalised word within 150 tokens) reach across sentence ends, and read
   * the neighbouring sentences' words when they do. On CoNLL dev the model alone scores 93.56 F1
   * on whole documents against 93.11 sentence by sentence.
   */
  private List<List<TaggedSpan>> tagInPasses(List<List<Token>> units) {
    List<List<TaggedSpan>> out = new ArrayList<>(units.size());
    int u = 0;
    while (u < units.size()) {
      int end = u;
      int size = 0;
      while (end < units.size() && (end == u || size + units.get(end).size() <= CHUNK)) {
        size += units.get(end).size();
        end++;
      }
      List<Token> joined = new ArrayList<>(size);
      for (int k = u; k < end; k++) joined.addAll(units.get(k));
      EntityType[] types = new EntityType[size];
      boolean[] begins = new boolean[size];
      for (int from = 0; from < size; from += CHUNK) {
        label(joined.subList(from, Math.min(size, from + CHUNK)), types, begins, from);
      }
      int offset = 0;
      for (int k = u; k < end; k++) {
        int n = units.get(k).size();
        out.add(spans(types, begins, offset, offset + n));
        offset += n;
      }
      u = end;
    }
    return out;
  }

  /** A name over tokens {@code first..last} (inclusive) of one tagging unit. */
  record TaggedSpan(EntityType type, int first, int last) {}

  /**
   * The model's type for each token (null outside names) and whether a B- label starts a name
   * there, into the arrays from index {@code offset}.
   */
  private void label(List<Token> tokens, EntityType[] types, boolean[] begins, int offset) {
    if (tokens.isEmpty()) return;
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
    for (int i = 0; i < labels.size(); i++) {
      String answer = labels.get(i).get(CoreAnnotations.AnswerAnnotation.class);
      begins[offset + i] = answer != null && answer.startsWith("B-");
      types[offset + i] = typeOf(answer);
    }
  }

  /**
   * Runs of tokens {@code from..to-1} carrying one entity type, as spans of the unit that
   * starts at {@code from}; a name never crosses the unit's ends.
   */
  private static List<TaggedSpan> spans(EntityType[] types, boolean[] begins, int from, int to) {
    List<TaggedSpan> spans = new ArrayList<>();
    EntityType current = null;
    int first = 0;
    for (int i = from; i <= to; i++) {
      EntityType type = i < to ? types[i] : null;
      if (current != null && (type != current || (i < to && begins[i]))) {
        spans.add(new TaggedSpan(current, first - from, i - 1 - from));
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
