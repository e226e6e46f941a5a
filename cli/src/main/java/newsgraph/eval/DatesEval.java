package newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import newsgraph.dates.DateNormalizer;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.DateMention;
import newsgraph.document.Document;
import newsgraph.pipeline.Pipeline;
import newsgraph.text.SentenceSplitter;

/**
 * {@code eval dates}: date spans and values on TempEval-3's TBAQ-cleaned (TimeBank 1.2 + AQUAINT
 * TIMEX3 gold), Newsgraph beside CoreNLP's SUTime on the same documents, each given the gold
 * document creation time as its publication date.
 *
 * <p>In scope are gold DATE timexes whose value reduces to one of our formats: {@code YYYY-MM-DD}
 * (a time of day is cut off), {@code YYYY-MM}, {@code YYYY}; a week to its month if it lies in
 * one, else its year; a quarter, half or season (not winter) to its year. PRESENT_REF, PAST_REF,
 * decades and values with an X are not calendar dates; they and the TIME, DURATION and SET
 * timexes are out of scope: a prediction that overlaps one counts neither way (and is tallied).
 * A value is right when the reduced values are equal. SUTime is scored the same way on its DATE
 * and TIME timexes whose value reduces.
 *
 * <p>There is no split: rules were developed on TimeBank ({@code --split dev}); {@code --split
 * test} adds AQUAINT, held out, and the total.
 */
final class DatesEval {
  private DatesEval() {}

  private record Timex3(int start, int end, String type, String value) {}

  private record Gold(String id, String corpus, LocalDate dct, String text, List<Timex3> timexes) {}

  static String run(Path data, String split, boolean withBaseline) throws IOException {
    Path dir = data.resolve("dates");
    List<Gold> docs = new ArrayList<>(read(dir.resolve("tbaq-timebank.jsonl.gz")));
    switch (split) {
      case "train", "dev" -> { }
      case "test" -> docs.addAll(read(dir.resolve("tbaq-aquaint.jsonl.gz")));
      default -> throw new IllegalArgumentException("unknown split '" + split + "' (dev or test)");
    }
    Pipeline ours = new Pipeline(List.of(new SentenceSplitter(), new DateNormalizer()));
    boolean errors = Boolean.getBoolean("newsgraph.eval.errors");
    TreeMap<String, Scores> newsgraph = new TreeMap<>();
    TreeMap<String, Scores> sutime = new TreeMap<>();
    long oursNanos = 0;
    for (Gold g : docs) {
      long t0 = System.nanoTime();
      List<Timex3> predicted = newsgraph(ours, g);
      oursNanos += System.nanoTime() - t0;
      score(g, predicted, newsgraph.computeIfAbsent(g.corpus, k -> new Scores()), errors);
    }
    long t0 = System.nanoTime();
    // --no-baseline skips SUTime (a minute) while developing the rules.
    Sutime baseline = withBaseline ? new Sutime() : null;
    for (Gold g : docs) {
      if (baseline == null) break;
      score(g, baseline.timexes(g), sutime.computeIfAbsent(g.corpus, k -> new Scores()), false);
    }
    long sutimeNanos = System.nanoTime() - t0;

    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Dates, TempEval-3 TBAQ-cleaned (%s): %d documents; "
        + "gold DATE timexes with a calendar value; TimeBank = development, AQUAINT = held out%n",
        split, docs.size()));
    out.append(String.format(Locale.ROOT, "%-22s %5s %-20s  %-20s  %s%n", "", "gold",
        "strict  P     R     F1", "overlap P     R     F1", "value acc  value F1"));
    List<String> rows = new ArrayList<>(newsgraph.keySet());
    if (rows.size() > 1) rows.add("total");
    for (String row : rows) {
      Scores n = row.equals("total") ? Scores.sum(newsgraph.values()) : newsgraph.get(row);
      Scores s = row.equals("total") ? Scores.sum(sutime.values()) : sutime.getOrDefault(row, new Scores());
      out.append(n.line("Newsgraph " + row));
      if (baseline != null) out.append(s.line("SUTime " + row));
    }
    if (baseline == null) out.append("(SUTime baseline skipped: --no-baseline)\n");
    Scores n = Scores.sum(newsgraph.values());
    Scores s = Scores.sum(sutime.values());
    out.append(String.format(Locale.ROOT, "out of scope: gold %s; predictions on them: Newsgraph %s, SUTime %s%n",
        n.outOfScopeGold, n.onOutOfScope, s.onOutOfScope));
    out.append(String.format(Locale.ROOT, "time: Newsgraph (tokenize+ssplit+dates) %.1f s, SUTime "
        + "(tokenize+ssplit+pos+lemma+TimeAnnotator, after loading) %.1f s%n", oursNanos / 1e9, sutimeNanos / 1e9));
    return out.toString();
  }

  private static List<Timex3> newsgraph(Pipeline pipeline, Gold g) {
    Document d = pipeline.apply(Article.builder("tbaq", g.text).published(g.dct).build());
    List<Timex3> out = new ArrayList<>();
    for (DateMention m : d.dates()) {
      out.add(new Timex3(m.span().start(), m.span().end(), "DATE", m.value()));
    }
    return out;
  }

  /** SUTime through CoreNLP's TimeAnnotator, with POS tags (some of its rules read them). */
  private static final class Sutime {
    private final StanfordCoreNLP tagger;
    private final TimeAnnotator time;

    Sutime() {
      Properties props = new Properties();
      props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
      props.setProperty("tokenize.language", "en");
      tagger = new StanfordCoreNLP(props, false);
      Properties timeProps = new Properties();
      timeProps.setProperty("sutime.includeRange", "false");
      time = new TimeAnnotator("sutime", timeProps);
    }

    List<Timex3> timexes(Gold g) {
      Annotation a = new Annotation(g.text);
      a.set(CoreAnnotations.DocDateAnnotation.class, g.dct.toString());
      tagger.annotate(a);
      time.annotate(a);
      CodePointIndex index = CodePointIndex.of(g.text);
      List<Timex3> out = new ArrayList<>();
      for (CoreMap m : a.get(TimeAnnotations.TimexAnnotations.class)) {
        Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
        if (!"DATE".equals(t.timexType()) && !"TIME".equals(t.timexType())) continue;
        String value = reduce(t.value());
        if (value == null) continue;
        out.add(new Timex3(index.toCodePoint(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)),
            index.toCodePoint(m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), "DATE", value));
      }
      return out;
    }
  }

  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
  private static final Pattern MONTH_OR_YEAR = Pattern.compile("\\d{4}(-\\d{2})?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern PART_OF_YEAR = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA)");

  /** A TIMEX3 value in our formats (see the class comment), or null if it is no calendar date. */
  static String reduce(String value) {
    if (value == null) return null;
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) return m.group(1);
    if (MONTH_OR_YEAR.matcher(value).matches()) return value;
    if ((m = PART_OF_YEAR.matcher(value)).matches()) return m.group(1);
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
          .with(DayOfWeek.MONDAY);
      LocalDate first = m.group(3) != null ? monday.plusDays(5) : monday;
      LocalDate last = monday.plusDays(6);
      if (YearMonth.from(first).equals(YearMonth.from(last))) return YearMonth.from(first).toString();
      if (first.getYear() == last.getYear()) return String.valueOf(first.getYear());
    }
    return null;
  }

  private static void score(Gold g, List<Timex3> predicted, Scores s, boolean printErrors) {
    List<Timex3> gold = new ArrayList<>();
    List<Timex3> outOfScope = new ArrayList<>();
    for (Timex3 t : g.timexes) {
      String v = t.type.equals("DATE") ? reduce(t.value) : null;
      if (v != null) gold.add(new Timex3(t.start, t.end, t.type, v));
      else outOfScope.add(t);
    }
    for (Timex3 t : outOfScope) s.outOfScopeGold.merge(key(t), 1, Integer::sum);
    s.gold += gold.size();
    boolean[] goldFound = new boolean[gold.size()];
    for (Timex3 p : predicted) {
      Timex3 match = null;
      for (int i = 0; i < gold.size() && match == null; i++) {
        if (overlaps(p, gold.get(i))) {
          match = gold.get(i);
          if (!goldFound[i]) {
            goldFound[i] = true;
            s.goldOverlapped++;
            if (match.start == p.start && match.end == p.end) s.goldExact++;
            else if (printErrors) error(g, "boundary, ours [" + p.start + "," + p.end + ")", match);
            if (match.value.equals(p.value)) s.goldValueRight++;
            else if (printErrors) error(g, "value " + p.value + " gold " + match.value, match);
          }
        }
      }
      if (match == null) {
        Timex3 other = outOfScope.stream().filter(o -> overlaps(p, o)).findFirst().orElse(null);
        if (other != null) {
          s.onOutOfScope.merge(key(other), 1, Integer::sum);
          if (printErrors) error(g, "on " + key(other) + " " + other.value, p);
          continue;
        }
        if (printErrors) error(g, "false positive " + p.value, p);
      }
      s.predicted++;
      if (match != null) {
        s.predictedOverlapping++;
        if (match.start == p.start && match.end == p.end) s.predictedExact++;
        if (match.value.equals(p.value)) s.predictedValueRight++;
      }
    }
    if (printErrors) {
      for (int i = 0; i < gold.size(); i++) if (!goldFound[i]) error(g, "missed " + gold.get(i).value, gold.get(i));
    }
  }

  private static String key(Timex3 t) {
    return t.type.equals("DATE") ? "DATE(" + (t.value.matches(".*\\d.*") ? "partial" : t.value) + ")" : t.type;
  }

  private static void error(Gold g, String what, Timex3 t) {
    CodePointIndex index = CodePointIndex.of(g.text);
    int from = Math.max(0, t.start - 40);
    int to = Math.min(index.length(), t.end + 30);
    System.err.printf("%s %s: [%s] in ...%s...%n", g.id, what,
        index.substring(new newsgraph.document.Span(t.start, t.end)),
        index.substring(new newsgraph.document.Span(from, to)).replace('\n', ' '));
  }

  private static boolean overlaps(Timex3 a, Timex3 b) {
    return a.start < b.end && b.start < a.end;
  }

  private static final class Scores {
    int gold, goldExact, goldOverlapped, goldValueRight;
    int predicted, predictedExact, predictedOverlapping, predictedValueRight;
    final TreeMap<String, Integer> outOfScopeGold = new TreeMap<>();
    final TreeMap<String, Integer> onOutOfScope = new TreeMap<>();

    static Scores sum(Iterable<Scores> parts) {
      Scores t = new Scores();
      for (Scores s : parts) {
        t.gold += s.gold;
        t.goldExact += s.goldExact;
        t.goldOverlapped += s.goldOverlapped;
        t.goldValueRight += s.goldValueRight;
        t.predicted += s.predicted;
        t.predictedExact += s.predictedExact;
        t.predictedOverlapping += s.predictedOverlapping;
        t.predictedValueRight += s.predictedValueRight;
        s.outOfScopeGold.forEach((k, v) -> t.outOfScopeGold.merge(k, v, Integer::sum));
        s.onOutOfScope.forEach((k, v) -> t.onOutOfScope.merge(k, v, Integer::sum));
      }
      return t;
    }

    /** Strict and overlap P/R/F1; value accuracy on the gold found; value F1 (overlap and value right). */
    String line(String name) {
      return String.format(Locale.ROOT, "%-22s %5d %s  %s  %6.1f    %6.1f%n", name, gold,
          prf(predictedExact, predicted, goldExact, gold), prf(predictedOverlapping, predicted,
              goldOverlapped, gold), pct(goldValueRight, goldOverlapped),
          f1(pct(predictedValueRight, predicted), pct(goldValueRight, gold)));
    }

    private static String prf(int predictedRight, int predicted, int goldRight, int gold) {
      double p = pct(predictedRight, predicted);
      double r = pct(goldRight, gold);
      return String.format(Locale.ROOT, "%5.1f %5.1f %5.1f", p, r, f1(p, r));
    }

    private static double pct(int n, int d) {
      return d == 0 ? 0 : 100.0 * n / d;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private static List<Gold> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Gold> docs = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode n = json.readTree(line);
        List<Timex3> timexes = new ArrayList<>();
        for (JsonNode t : n.get("timexes")) {
          timexes.add(new Timex3(t.get("start").asInt(), t.get("end").asInt(), t.get("type").asText(),
              t.get("value").asText()));
        }
        docs.add(new Gold(n.get("id").asText(), n.get("corpus").asText(),
            LocalDate.parse(n.get("dct").asText().substring(0, 10)), n.get("text").asText(), timexes));
      }
    }
    return docs;
  }
}
