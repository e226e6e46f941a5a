package newsgraph.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;

/**
 * Where names end, where the tagger stops a word short.
 *
 * <ul>
 *   <li>A regnal number belongs to the name: {@code Pedro I}, {@code Charles VI}. A bare
 *       {@code I} before a verb of the first person ({@code Mary I think}) is the pronoun.</li>
 *   <li>A name whose {@code 's} ends a noun phrase somewhere in the document ({@code Boatmen 's
 *       was the prize}, {@code rated by Moody 's .}) carries the {@code 's} as part of it: a
 *       possessive is followed by what is possessed, a name like Lloyd's is not. Every
 *       {@code Boatmen 's} of the document is then the name, {@code Boatmen 's deal} too.</li>
 * </ul>
 */
final class NameBoundaries {
  private static final Pattern ROMAN = Pattern.compile("I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI");

  /** Words after which {@code I} is the pronoun. */
  private static final Set<String> FIRST_PERSON = Set.of("am", "'m", "think", "have", "'ve",
      "will", "'ll", "would", "'d", "was", "had", "do", "did", "can", "could", "know", "want",
      "hope", "feel", "believe", "said", "say", "told", "guess", "mean", "must", "should", "may",
      "might", "never", "just", "also", "really", "and", "love", "like", "see", "saw", "get", "got");

  /** Words that follow a noun phrase, not a possessor's noun. */
  private static final Set<String> AFTER_PHRASE = Set.of(".", ",", ";", ":", ")", "was", "is",
      "has", "had", "said", "says", "will", "would", "could", "were", "are", "did", "does");

  private NameBoundaries() {}

  static List<List<TaggedSpan>> apply(List<List<String>> words, List<List<TaggedSpan>> tagged) {
    Set<List<String>> apostropheNames = new HashSet<>();
    for (int u = 0; u < words.size(); u++) {
      List<String> w = words.get(u);
      for (TaggedSpan s : tagged.get(u)) {
        if (s.type() != EntityType.ORGANIZATION && s.type() != EntityType.LOCATION) continue;
        int after = s.last() + 1;
        if (after + 1 < w.size() && isApostropheS(w.get(after)) && AFTER_PHRASE.contains(w.get(after + 1))
            || after + 1 == w.size() && isApostropheS(w.get(after))) {
          apostropheNames.add(List.copyOf(w.subList(s.first(), s.last() + 1)));
        }
      }
    }
    List<List<TaggedSpan>> out = new ArrayList<>(tagged.size());
    for (int u = 0; u < words.size(); u++) {
      List<String> w = words.get(u);
      List<TaggedSpan> spans = new ArrayList<>(tagged.get(u));
      for (int k = 0; k < spans.size(); k++) {
        TaggedSpan s = spans.get(k);
        int after = s.last() + 1;
        boolean free = after < w.size() && (k + 1 >= spans.size() || spans.get(k + 1).first() > after);
        if (!free) continue;
        if (s.type() == EntityType.PERSON && regnalNumber(w, after)
            || apostropheNames.contains(w.subList(s.first(), s.last() + 1)) && isApostropheS(w.get(after))) {
          spans.set(k, new TaggedSpan(s.type(), s.first(), after));
        }
      }
      out.add(spans);
    }
    return out;
  }

  private static boolean regnalNumber(List<String> w, int i) {
    if (!ROMAN.matcher(w.get(i)).matches()) return false;
    if (!w.get(i).equals("I")) return true;
    return i + 1 >= w.size() || !FIRST_PERSON.contains(w.get(i + 1).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isApostropheS(String word) {
    return word.equals("'s") || word.equals("\u2019s");
  }
}
