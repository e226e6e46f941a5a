package newsgraph.entities;

import java.util.List;
import java.util.Set;

/** What a relative clause or a participle after a name says of it: that it speaks, or is owned. */
final class RelativeClauses {
  /** Verbs of ownership and seat, which organisations undergo and places do not. */
  private static final Set<String> OWNED = Set.of("owned", "controlled", "run", "operated",
      "headquartered", "based", "listed", "acquired", "founded", "backed");

  private RelativeClauses() {}

  /**
   * After the name: {@code , which|who|whose ... ,} then a verb of saying (an adverb in
   * {@code -ly} may come first), or a verb of ownership or seat followed by {@code by} or
   * {@code in}, after {@code which is}, {@code is}, or a comma. A name straight before
   * {@code said} is not enough: the gazetteer misses short forms of real places
   * ({@code Bosnia announced}), and places speak in news.
   */
  static boolean speaksOrIsOwned(List<String> w, int from) {
    if (from < w.size() && w.get(from).equals(",") && from + 1 < w.size() && isRelative(w.get(from + 1))) {
      if (ownedAt(w, from + 2)) return true;
      for (int j = from + 2; j < w.size() && j < from + 30; j++) {
        if (!w.get(j).equals(",")) continue;
        int verb = j + 1;
        if (verb < w.size() && w.get(verb).endsWith("ly") && ContextTypes.isLowerWord(w.get(verb))) verb++;
        return verb < w.size() && SpeechVerbs.contains(w.get(verb)) && !w.get(verb).endsWith("ing");
      }
      return false;
    }
    if (from < w.size() && (w.get(from).equals(",") || isBe(w.get(from)))) return ownedAt(w, from + 1);
    return false;
  }

  /** {@code [is|was] owned by}, {@code based in} at position {@code i}. */
  private static boolean ownedAt(List<String> w, int i) {
    if (i < w.size() && isBe(w.get(i))) i++;
    if (i < w.size() && (w.get(i).equals("wholly") || w.get(i).equals("jointly") || w.get(i).equals("majority"))) i++;
    if (i + 1 >= w.size() || !OWNED.contains(w.get(i))) return false;
    String prep = w.get(i + 1);
    return prep.equals("by") || prep.equals("in");
  }

  private static boolean isRelative(String word) {
    return word.equals("which") || word.equals("that") || word.equals("who") || word.equals("whose");
  }

  private static boolean isBe(String word) {
    return word.equals("is") || word.equals("was") || word.equals("are") || word.equals("were");
  }
}
