package newsgraph.places;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses which gazetteer place each place name of one article means. Every candidate gets a
 * score: its population (the prior that a bigger place is meant), its kind (a country, a region
 * or a capital before a village), and the article's own evidence: a country or region the
 * article names that contains it, an {@code X, Y} pair where Y contains X, the dateline's
 * country, a feature word beside the name ({@code Hama province}), and nearness to the other
 * places the article resolves. Two rounds: the second sees what the first chose for the others,
 * so a {@code Damascus} in an article about {@code Syria} and {@code Homs} lands in Syria.
 * Immutable and thread-safe.
 */
public final class PlaceResolver {
  /**
   * A place name as the article uses it. {@code featureWord} is a word right after it that says
   * what kind of place it is ("province", "city"), or "". {@code container} is the name that
   * follows it as {@code X, Y} ({@code Paris, Texas}), or "".
   */
  public record Toponym(String name, String featureWord, String container) {
    public Toponym {
      featureWord = featureWord == null ? "" : featureWord.toLowerCase(Locale.ROOT);
      container = container == null ? "" : container;
    }

    public static Toponym of(String name) {
      return new Toponym(name, "", "");
    }
  }

  private static final Set<String> REGION_WORDS = Set.of("province", "governorate", "oblast",
      "region", "state", "prefecture", "county", "district", "territory", "department", "krai");
  private static final Set<String> TOWN_WORDS = Set.of("city", "town", "village", "municipality");
  /** Words after a name that make it a natural feature's ({@code the Brahmaputra river}). */
  private static final Set<String> NATURAL_WORDS = Set.of("river", "sea", "ocean", "lake", "delta", "valley",
      "mountains", "desert", "peninsula", "canal", "strait", "gulf");
  /** Words after a name that make it an airport's ({@code the Hmeimim airbase}, {@code Kabul airport}). */
  static final Set<String> AIRPORT_WORDS = Set.of("airport", "airbase", "airfield", "airstrip", "aerodrome");

  // Weights, set on the dev half of ../shared/data/geocoding (see GeocodeEval).
  static final double CONTINENT = 6.0;
  static final double COUNTRY = 4.0;
  static final double REGION = 1.5;
  /** A bare "Hama" is the city more often than the governorate named after it. */
  static final double REGION_NAMED_LIKE_TOWN = -2.0;
  static final double TOWN_SHARE = 0.15;
  static final double CAPITAL = 3.0;
  static final double REGIONAL_SEAT = 0.8;
  static final double SECTION = -1.5;
  static final double ALTERNATE_NAME = -2.0;
  static final double IN_NAMED_COUNTRY = 4.0;
  static final double IN_NAMED_REGION = 2.5;
  static final double CONTAINER = 8.0;
  static final double FEATURE_WORD = 4.0;
  static final double NEAR = 3.0;
  static final double NEAR_KM = 300;

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * The chosen place of each toponym (a gazetteer id, or -1 when it names nothing known).
   * {@code anchors} are names that say where the article is, such as its dateline; they
   * count as named countries and regions but get no answer of their own.
   */
  public int[] resolve(List<Toponym> toponyms, List<String> anchors) {
    int n = toponyms.size();
    int[][] candidates = new int[n][];
    for (int i = 0; i < n; i++) candidates[i] = candidates(toponyms.get(i));
    // Round one: the article's unambiguous countries and regions, and its anchors.
    Set<Integer> countries = new HashSet<>();
    Set<String> regions = new HashSet<>();
    for (String anchor : anchors) {
      int best = byPopulation(anchor);
      if (best >= 0) note(best, countries, regions);
    }
    for (int i = 0; i < n; i++) {
      for (int c : candidates[i]) {
        if (gazetteer.isCountry(c) || gazetteer.isRegion(c) && candidates[i].length == 1) {
          note(c, countries, regions);
        }
      }
    }
    int[] chosen = new int[n];
    for (int i = 0; i < n; i++) chosen[i] = best(toponyms.get(i), candidates[i], countries, regions, null, i);
    // Round two: with every other name's first choice as neighbours, whose countries count as named.
    Set<String> regions2 = new HashSet<>(regions);
    for (int c : chosen) if (c >= 0 && gazetteer.isRegion(c)) note(c, new HashSet<>(), regions2);
    int[] second = new int[n];
    for (int i = 0; i < n; i++) {
      Set<Integer> countries2 = new HashSet<>(countries);
      for (int j = 0; j < n; j++) {
        if (j != i && chosen[j] >= 0 && !PlaceNames.key(toponyms.get(j).name()).equals(PlaceNames.key(toponyms.get(i).name()))) {
          int country = gazetteer.countryOf(chosen[j]);
          if (country >= 0) countries2.add(country);
        }
      }
      second[i] = best(toponyms.get(i), candidates[i], countries2, regions2, chosen, i);
    }
    return second;
  }

  /**
   * The town each unknown local feature lies in ({@link LocalFeatures}: {@code Castle Street},
   * {@code Galdeford car park}), for toponyms in text order with the places chosen for them: the
   * town chosen for the nearest toponym before it, else the town chosen most often; -1 for every
   * other toponym. {@link Geocoder}'s rule, for callers that hold toponyms without a document.
   */
  public int[] localFeatureTowns(List<Toponym> toponyms, int[] chosen) {
    int n = toponyms.size();
    int[] out = new int[n];
    java.util.Arrays.fill(out, -1);
    java.util.Map<Integer, Integer> times = new java.util.HashMap<>();
    int main = -1;
    for (int i = 0; i < n; i++) {
      if (chosen[i] < 0 || !gazetteer.featureCode(chosen[i]).startsWith("P.")) continue;
      int k = times.merge(chosen[i], 1, Integer::sum);
      if (main < 0 || k > times.get(main)) main = chosen[i];
    }
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (chosen[i] >= 0) {
        if (gazetteer.featureCode(chosen[i]).startsWith("P.")) last = chosen[i];
      } else if (LocalFeatures.ofName(toponyms.get(i).name()) != null
          || LocalFeatures.after(" " + toponyms.get(i).featureWord(), 0) != null) {
        out[i] = last >= 0 ? last : main;
      }
    }
    return out;
  }

  /** The most populous place of that name (the baseline that the literature compares with). */
  public int byPopulation(String name) {
    int best = -1;
    for (int c : gazetteer.lookup(name)) {
      if (best < 0 || gazetteer.population(c) > gazetteer.population(best)) best = c;
    }
    return best;
  }

  private void note(int place, Set<Integer> countries, Set<String> regions) {
    int country = gazetteer.countryOf(place);
    if (country >= 0) countries.add(country);
    if (gazetteer.isRegion(place)) regions.add(gazetteer.country(place) + "/" + gazetteer.admin1(place));
  }

  private int[] candidates(Toponym t) {
    if (AIRPORT_WORDS.contains(t.featureWord())) {
      int[] airports = gazetteer.lookup(Airports.key(t.name()));
      if (airports.length > 0) return airports;
    }
    int[] direct = gazetteer.lookup(t.name());
    if (direct.length > 0) return direct;
    // "the Hmeimim Airbase" as one name: its stem, filed as "Hmeimim airport".
    String stem = Airports.stem(t.name());
    if (!stem.equals(t.name()) && !stem.isEmpty()) {
      int[] airports = gazetteer.lookup(Airports.key(stem));
      if (airports.length > 0) return airports;
    }
    // "Hama province", "the Kherson region": the name without its feature word.
    String[] words = t.name().split("\\s+");
    if (words.length > 1 && REGION_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return gazetteer.lookup(t.name().substring(0, t.name().lastIndexOf(' ')));
    }
    return direct;
  }

  private int best(Toponym t, int[] candidates, Set<Integer> countries, Set<String> regions,
      int[] neighbours, int self) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    String key = PlaceNames.key(t.name());
    boolean regionWord = REGION_WORDS.contains(t.featureWord()) || endsWithRegionWord(t.name());
    boolean townWord = TOWN_WORDS.contains(t.featureWord());
    boolean naturalWord = NATURAL_WORDS.contains(t.featureWord());
    int[] container = t.container().isEmpty() ? new int[0] : gazetteer.lookup(t.container());
    for (int c : candidates) {
      double s = Math.log10(gazetteer.population(c) + 10);
      String fc = gazetteer.featureCode(c);
      if (fc.equals("L.CONT")) s += CONTINENT;
      else if (gazetteer.isCountry(c)) s += COUNTRY;
      else if (gazetteer.isRegion(c)) s += hasTownOfItsName(c, candidates) ? REGION_NAMED_LIKE_TOWN : REGION;
      else if (fc.equals("P.PPLC")) s += CAPITAL;
      else if (fc.equals("P.PPLA")) s += REGIONAL_SEAT;
      else if (fc.equals("P.PPLX")) s += SECTION;
      if (!PlaceNames.key(gazetteer.name(c)).equals(key)) s += ALTERNATE_NAME;
      // "Mexico" in an article about Mexico names the country, not the state inside it of that name.
      if (!gazetteer.isCountry(c) && countries.contains(gazetteer.countryOf(c))
          && !has(candidates, gazetteer.countryOf(c))) {
        s += IN_NAMED_COUNTRY;
      }
      if (!gazetteer.isRegion(c) && regions.contains(gazetteer.country(c) + "/" + gazetteer.admin1(c))) {
        s += IN_NAMED_REGION;
      }
      if (regionWord && gazetteer.isRegion(c) || townWord && fc.startsWith("P.")
          || naturalWord && isNatural(fc)) {
        s += FEATURE_WORD;
      }
      if (contains(container, c)) s += CONTAINER;
      if (neighbours != null) s += NEAR * nearness(c, neighbours, self);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return best;
  }

  /**
   * True when a town of the name lies in the region and holds a good share of its people (Hama
   * in Hama governorate; not a village that has the region's name as an alternate spelling).
   */
  private boolean hasTownOfItsName(int region, int[] candidates) {
    for (int c : candidates) {
      if (gazetteer.featureCode(c).startsWith("P.")
          && gazetteer.population(c) >= TOWN_SHARE * gazetteer.population(region) && gazetteer.country(c).equals(gazetteer.country(region))
          && gazetteer.admin1(c).equals(gazetteer.admin1(region))) {
        return true;
      }
    }
    return false;
  }

  /** Water, land forms and physical or cultural regions (GeoNames classes H and T, L.RGN). */
  private static boolean isNatural(String featureCode) {
    return featureCode.startsWith("H.") || featureCode.startsWith("T.") || featureCode.equals("L.RGN");
  }

  private static boolean endsWithRegionWord(String name) {
    int sp = name.lastIndexOf(' ');
    return sp > 0 && REGION_WORDS.contains(name.substring(sp + 1).toLowerCase(Locale.ROOT));
  }

  private static boolean has(int[] ids, int id) {
    for (int i : ids) if (i == id) return true;
    return false;
  }

  /** True when one of the container's places holds c: its country, or its region. */
  private boolean contains(int[] container, int c) {
    for (int k : container) {
      if (gazetteer.isCountry(k) && gazetteer.country(k).equals(gazetteer.country(c)) && k != c) return true;
      if (gazetteer.isRegion(k) && !gazetteer.isRegion(c) && gazetteer.country(k).equals(gazetteer.country(c))
          && gazetteer.admin1(k).equals(gazetteer.admin1(c))) {
        return true;
      }
    }
    return false;
  }

  /** Closeness in [0, 1] to the nearest other place the article names (countries aside). */
  private double nearness(int c, int[] neighbours, int self) {
    double nearest = Double.MAX_VALUE;
    for (int i = 0; i < neighbours.length; i++) {
      int o = neighbours[i];
      if (i == self || o < 0 || o == c || gazetteer.isCountry(o)) continue;
      nearest = Math.min(nearest, Geo.km(gazetteer.lat(c), gazetteer.lon(c), gazetteer.lat(o), gazetteer.lon(o)));
    }
    return nearest == Double.MAX_VALUE ? 0 : Math.exp(-nearest / NEAR_KM);
  }
}
