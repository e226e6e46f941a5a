package newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The evaluation tasks of {@code newsgraph eval}, by name. */
public final class Evaluations {
  private Evaluations() {}

  public static List<String> names() {
    return List.of("repair", "paraphrase", "ner", "quotes", "geocode", "dates", "extract", "stories");
  }

  /** The report of one task on the gold data in {@code data}. */
  public static String run(String name, Path data, String split) throws IOException {
    return run(name, data, split, true);
  }

  /** As above; without {@code baseline} a slow baseline (CoreNLP's quotes) is not run. */
  public static String run(String name, Path data, String split, boolean baseline) throws IOException {
    return switch (name) {
      case "repair" -> RepairEval.run(data);
      case "ner" -> NerEval.run(data, split);
      case "quotes" -> QuoteEval.run(data, split, baseline);
      case "paraphrase" -> ParaphraseEval.run(data, split);
      case "geocode" -> GeocodeEval.run(data, split);
      case "dates" -> DatesEval.run(data, split, baseline);
      case "extract" -> ExtractEval.run(data, split);
      case "stories" -> StoriesEval.run(data, split);
      default -> throw new IllegalArgumentException("unknown eval task '" + name + "'");
    };
  }

  /** Task names for picocli's help. */
  public static final class Names extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    public Names() {
      super(names());
    }
  }
}
