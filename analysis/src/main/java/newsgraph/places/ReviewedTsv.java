package newsgraph.places;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hand-reviewed TSV files of the gazetteer build (places.tsv, aliases.tsv): every row names its source. */
final class ReviewedTsv {
  private ReviewedTsv() {}

  /** A row of a reviewed file, with its line number for error messages. */
  record Row(int line, String[] fields) {}

  /**
   * The rows of a hand-reviewed TSV file (comments and blank lines skipped); each must have
   * {@code columns} fields, the last one (its source) not blank.
   */
  static List<Row> rows(List<String> lines, Path file, int columns, String want) {
    List<Row> rows = new ArrayList<>();
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < columns || f[columns - 1].isBlank()) {
        throw new IllegalArgumentException(file + ":" + n + ": want " + want);
      }
      rows.add(new Row(n, f));
    }
    return rows;
  }
}
