package newsgraph.eval;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import newsgraph.analysis.StandardPipeline;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.Mention;
import newsgraph.entities.EntityRecognizer;
import newsgraph.entities.UnnamedBodyFinder;
import newsgraph.pipeline.Pipeline;
import newsgraph.text.DatelineFinder;

/**
 * {@code eval ner}: entity-level P/R/F1 on CoNLL-2003, Newsgraph's pipeline beside CoreNLP's
 * CoNLL CRF run directly on the gold tokens, on the same sentences.
 *
 * <p>Newsgraph sees each CoNLL document as text: tokens joined by spaces, one sentence per
 * line, and tokenizes it itself; its mentions are mapped back onto the gold tokens, and one that
 * does not start and end on gold token boundaries counts as wrong. Two stages are left out: the
 * dateline (CoNLL documents open with a headline in capitals, not an article's dateline), and
 * unnamed bodies ("the ministry said"), which are entities for the quote stage but not names.
 */
final class NerEval {
  private NerEval() {}

  static String run(Path data, String split) throws IOException {
    String file = switch (split) {
      case "train" -> "eng.train.gz";
      case "dev" -> "eng.testa.gz";
      case "test" -> "eng.testb.gz";
      default -> throw new IllegalArgumentException("unknown split '" + split + "' (train, dev or test)");
    };
    List<List<ConllReader.Sentence>> documents = ConllReader.read(data.resolve("conll2003").resolve(file));
    Pipeline standard = StandardPipeline.create();
    Pipeline pipeline = new Pipeline(standard.stages().stream()
        .filter(s -> !(s instanceof DatelineFinder) && !(s instanceof UnnamedBodyFinder)).toList());
    CRFClassifier<CoreLabel> crf = loadCrf();

    SpanScores newsgraph = new SpanScores();
    SpanScores corenlp = new SpanScores();
    ErrorBreakdown errors = new ErrorBreakdown();
    int sentences = 0;
    int gold = 0;
    List<Result> results = documents.parallelStream().map(d -> evaluate(d, pipeline, crf)).toList();
    for (Result r : results) {
      newsgraph.add(r.gold, r.newsgraph);
      errors.add(r.gold, r.newsgraph);
      corenlp.add(r.gold, r.corenlp);
      sentences += r.sentences;
      gold += r.gold.size();
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "NER, CoNLL-2003 %s (%s): %d documents, %d sentences, %d gold entities; exact-match, conlleval-style%n",
        split, file, documents.size(), sentences, gold));
    out.append(String.format(Locale.ROOT, "%-14s %-22s %-22s%n", "", "Newsgraph  P      R      F1",
        "CoreNLP CRF  P      R      F1"));
    List<String> types = new ArrayList<>(newsgraph.types());
    for (String t : corenlp.types()) if (!types.contains(t)) types.add(t);
    types.sort(null);
    for (String type : types) {
      out.append(String.format(Locale.ROOT, "%-14s %s        %s%n", type,
          SpanScores.format(newsgraph.prf(type)), SpanScores.format(corenlp.prf(type))));
    }
    out.append(String.format(Locale.ROOT, "%-14s %s        %s%n", "overall",
        SpanScores.format(newsgraph.prf(null)), SpanScores.format(corenlp.prf(null))));
    out.append(errors.format());
    String dump = System.getProperty("newsgraph.ner.errors");
    if (dump != null) ErrorBreakdown.dump(Path.of(dump), results.stream()
        .map(r -> new ErrorBreakdown.Doc(r.tokens, r.gold, r.newsgraph, r.corenlp)).toList());
    return out.toString();
  }

  private record Result(List<LabeledSpan> gold, List<LabeledSpan> newsgraph,
      List<LabeledSpan> corenlp, int sentences, List<List<String>> tokens) {}

  private static Result evaluate(List<ConllReader.Sentence> document, Pipeline pipeline,
      CRFClassifier<CoreLabel> crf) {
    List<LabeledSpan> gold = new ArrayList<>();
    List<LabeledSpan> baseline = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<int[]> tokenChars = new ArrayList<>(); // {sentence, token, charStart, charEnd}
    for (int s = 0; s < document.size(); s++) {
      ConllReader.Sentence sentence = document.get(s);
      gold.addAll(ConllReader.spans(s, sentence.tags()));
      baseline.addAll(ConllReader.spans(s, classify(crf, sentence.tokens())));
      if (s > 0) text.append('\n');
      for (int t = 0; t < sentence.tokens().size(); t++) {
        if (t > 0) text.append(' ');
        tokenChars.add(new int[] {s, t, text.length(), text.length() + sentence.tokens().get(t).length()});
        text.append(sentence.tokens().get(t));
      }
    }
    Document analysed = pipeline.apply(Article.builder("conll", text.toString()).build());
    CodePointIndex index = CodePointIndex.of(analysed.text());
    List<LabeledSpan> predicted = new ArrayList<>();
    for (Entity e : analysed.entities()) {
      for (Mention m : e.mentions()) {
        predicted.add(align(tokenChars, index.toChar(m.span().start()), index.toChar(m.span().end()),
            e.type().name()));
      }
    }
    return new Result(gold, predicted, baseline, document.size(),
        document.stream().map(ConllReader.Sentence::tokens).toList());
  }

  /** The gold-token span a mention covers, or a span that matches nothing if it is misaligned. */
  private static LabeledSpan align(List<int[]> tokens, int charStart, int charEnd, String type) {
    int[] first = null;
    int[] last = null;
    for (int[] t : tokens) {
      if (t[2] == charStart) first = t;
      if (t[3] == charEnd) last = t;
    }
    if (first == null || last == null || first[0] != last[0]) {
      return new LabeledSpan(-1, charStart, charEnd, type);
    }
    return new LabeledSpan(first[0], first[1], last[1] + 1, type);
  }

  private static List<String> classify(CRFClassifier<CoreLabel> crf, List<String> tokens) {
    List<CoreLabel> labels = new ArrayList<>();
    for (String token : tokens) {
      CoreLabel l = new CoreLabel();
      l.setWord(token);
      l.setValue(token);
      labels.add(l);
    }
    return crf.classifySentence(labels).stream()
        .map(l -> {
          String a = l.get(CoreAnnotations.AnswerAnnotation.class);
          return a == null || a.equals("O") ? "O" : "I-" + a;
        })
        .collect(Collectors.toList());
  }

  private static CRFClassifier<CoreLabel> loadCrf() {
    try {
      return CRFClassifier.getClassifier(EntityRecognizer.CONLL_MODEL);
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot load " + EntityRecognizer.CONLL_MODEL, e);
    }
  }
}
