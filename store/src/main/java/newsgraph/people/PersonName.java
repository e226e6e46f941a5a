package newsgraph.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name split for matching: the surname (last word), the first name or initial, and
 * which of the three forms it is: {@code Anna Smith} (full), {@code A. Smith} (initial),
 * {@code Smith} (surname only). Honorifics ({@code Mr}, {@code Dr}, {@code Sir}) are dropped.
 */
record PersonName(Form form, String first, String surname) {
  enum Form { FULL, INITIAL, SURNAME }

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame",
      "lord", "lady", "prof", "professor", "rev", "mx");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /** The parsed name, or null when nothing name-like is left. */
  static PersonName parse(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s]+")) {
      String bare = w.replaceAll("^[^\\p{L}]+|[^\\p{L}.\\-']+$", "");
      if (bare.endsWith("'s")) bare = bare.substring(0, bare.length() - 2);
      String plain = bare.replace(".", "");
      if (plain.isEmpty() || HONORIFICS.contains(plain) || SUFFIXES.contains(plain)) continue;
      words.add(bare);
    }
    if (words.isEmpty()) return null;
    String surname = words.get(words.size() - 1).replace(".", "");
    if (surname.isEmpty()) return null;
    if (words.size() == 1) return new PersonName(Form.SURNAME, null, surname);
    String first = words.get(0);
    String firstPlain = first.replace(".", "");
    if (firstPlain.length() <= 1 || first.endsWith(".") && firstPlain.length() <= 2) {
      return new PersonName(Form.INITIAL, firstPlain.substring(0, 1), surname);
    }
    return new PersonName(Form.FULL, firstPlain, surname);
  }

  /** The key of a full name: first name and surname (middle names left out). */
  String fullKey() {
    return first + " " + surname;
  }

  /** True when this initial-or-surname form can stand for a person with the full name {@code full}. */
  boolean couldBe(PersonName full) {
    if (!surname.equals(full.surname())) return false;
    return form == Form.SURNAME || form == Form.INITIAL && full.first().startsWith(first);
  }
}
