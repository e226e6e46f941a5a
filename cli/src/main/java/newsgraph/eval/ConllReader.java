package newsgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * CoNLL-2003 files: {@code token POS chunk NER} per line, blank lines between sentences,
 * {@code -DOCSTART-} between documents, tags in IOB1.
 */
final class ConllReader {
  private ConllReader() {}

  /** One sentence: its tokens and their gold tags. */
  record Sentence(List<String> tokens, List<String> tags) {}

  /** The documents of the file, each a list of sentences. */
  static List<List<Sentence>> read(Path file) throws IOException {
    List<List<Sentence>> documents = new ArrayList<>();
    List<Sentence> document = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("-DOCSTART-")) {
          if (!tokens.isEmpty()) {
            document.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
            tokens.clear();
            tags.clear();
          }
          if (line.startsWith("-DOCSTART-") && !document.isEmpty()) {
            documents.add(document);
            document = new ArrayList<>();
          }
          continue;
        }
        String[] cols = line.split(" ");
        if (cols.length < 4) throw new IOException(file + ":" + number + ": expected 4 columns: " + line);
        tokens.add(cols[0]);
        tags.add(cols[3]);
      }
    }
    if (!tokens.isEmpty()) document.add(new Sentence(tokens, tags));
    if (!document.isEmpty()) documents.add(document);
    return documents;
  }

  /**
   * Entity spans of an IOB1 or IO tag sequence: a run of one type, broken by {@code B-}. Types
   * are mapped to the contract's (PER to PERSON, ...).
   */
  static List<LabeledSpan> spans(int sentence, List<String> tags) {
    List<LabeledSpan> spans = new ArrayList<>();
    String type = null;
    int start = 0;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.equals("O") ? null : contractType(tag.substring(tag.indexOf('-') + 1));
      boolean begins = tag.startsWith("B-");
      if (type != null && (!type.equals(t) || begins)) {
        spans.add(new LabeledSpan(sentence, start, i, type));
        type = null;
      }
      if (t != null && type == null) {
        type = t;
        start = i;
      }
    }
    return spans;
  }

  static String contractType(String conll) {
    return switch (conll) {
      case "PER", "PERSON" -> "PERSON";
      case "ORG", "ORGANIZATION" -> "ORGANIZATION";
      case "LOC", "LOCATION" -> "LOCATION";
      default -> "MISC";
    };
  }
}
