package newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import newsgraph.places.Gazetteer;
import newsgraph.places.Geo;
import newsgraph.places.PlaceNames;
import newsgraph.places.PlaceResolver;
import newsgraph.places.PlaceResolver.Toponym;

/**
 * {@code eval geocode}: toponym resolution on GeoWebNews, LGL, TR-News and GeoVirus
 * ({@code geocoding/SOURCE.txt}), scored as the geoparsing literature scores it (Gritta et al.
 * 2018): accuracy within 161 km, mean and median error, and the area under the curve of the
 * log error (0 best, 1 worst). The gold toponyms are given (their names, and the other gold
 * toponyms of the article as context); a name the gazetteer does not know counts as the
 * largest possible error, 20,039 km. The folder's articles are split in two halves by a hash
 * of their id: weights were set on {@code dev}; {@code test} is reported.
 */
final class GeocodeEval {
  private GeocodeEval() {}

  private static final double MAX_KM = 20039;
  private static final boolean DEBUG = Boolean.getBoolean("newsgraph.geocode.debug");
  private static final String[] SETS = {"geowebnews", "lgl", "trnews", "geovirus"};

  /** One gold toponym with what the resolver is told about it. */
  private record Gold(Toponym toponym, double lat, double lon) {}

  static String run(Path data, String split) throws IOException {
    Gazetteer gazetteer = Gazetteer.shared();
    PlaceResolver resolver = new PlaceResolver(gazetteer);
    StringBuilder out = new StringBuilder();
    String half = split.equals("test") ? "test" : "dev";
    out.append(String.format(Locale.ROOT, "Geocoding, %s half of ../shared/data/geocoding (gold toponyms with coordinates)%n", half));
    out.append(String.format(Locale.ROOT, "%-12s %-22s %6s %8s %9s %9s %6s %8s%n", "set", "system", "N",
        "acc@161", "mean km", "median km", "AUC", "unknown"));
    List<double[]> allOurs = new ArrayList<>();
    List<double[]> allPop = new ArrayList<>();
    for (String set : SETS) {
      Path file = data.resolve("geocoding").resolve(set + ".jsonl.gz");
      if (!Files.exists(file)) continue;
      List<List<Gold>> articles = read(file, half);
      List<double[]> ours = score("ours", articles, GeocodeEval::resolveAsTheGeocoder, resolver);
      List<double[]> pop = score("population", articles, (article, r) -> article.stream()
          .mapToInt(t -> r.byPopulation(t.name())).toArray(), resolver);
      out.append(line(set, "Newsgraph", ours));
      out.append(line(set, "population baseline", pop));
      allOurs.addAll(ours);
      allPop.addAll(pop);
    }
    out.append(line("all", "Newsgraph", allOurs));
    out.append(line("all", "population baseline", allPop));
    out.append("Published (full sets, own splits; geocoding/SOURCE.txt): CLAVIN LGL acc@161 71, AUC .26; "
        + "GeoVirus 79, .32;\n  Mordecai 3 LGL acc@161 82.7, mean 304 km; GWN 94.1, 249 km; TR-News 87.3, 295 km.\n");
    return out.toString();
  }

  /** As the pipeline's Geocoder places them: a street or car park the gazetteer lacks at its town. */
  private static int[] resolveAsTheGeocoder(List<Toponym> article, PlaceResolver resolver) {
    int[] chosen = resolver.resolve(article, List.of());
    int[] towns = resolver.localFeatureTowns(article, chosen);
    for (int i = 0; i < chosen.length; i++) if (chosen[i] < 0) chosen[i] = towns[i];
    return chosen;
  }

  /** Per toponym {error km, 1 if the name was unknown}. */
  private static List<double[]> score(String system, List<List<Gold>> articles,
      BiFunction<List<Toponym>, PlaceResolver, int[]> resolve, PlaceResolver resolver) {
    Gazetteer g = resolver.gazetteer();
    List<double[]> errors = new ArrayList<>();
    for (List<Gold> article : articles) {
      int[] chosen = resolve.apply(article.stream().map(Gold::toponym).toList(), resolver);
      for (int i = 0; i < article.size(); i++) {
        Gold gold = article.get(i);
        int c = chosen[i];
        if (DEBUG) {
          double km = c < 0 ? MAX_KM : Geo.km(gold.lat(), gold.lon(), g.lat(c), g.lon(c));
          if (km > 161) System.err.printf(Locale.ROOT, "MISS\t%s\t%s\t%.0f\t%s\t%s\t%.2f,%.2f%n", system, gold.toponym().name(), km,
              c < 0 ? "-" : g.name(c) + "/" + g.featureCode(c) + "/" + g.country(c), gold.toponym().featureWord(), gold.lat(), gold.lon());
        }
        errors.add(c < 0 ? new double[] {MAX_KM, 1}
            : new double[] {Geo.km(gold.lat(), gold.lon(), g.lat(c), g.lon(c)), 0});
      }
    }
    return errors;
  }

  private static String line(String set, String system, List<double[]> errors) {
    double[] km = errors.stream().mapToDouble(e -> e[0]).sorted().toArray();
    int n = km.length;
    if (n == 0) return "";
    long within = Arrays.stream(km).filter(d -> d <= 161).count();
    double mean = Arrays.stream(km).average().orElse(0);
    double median = n % 2 == 1 ? km[n / 2] : (km[n / 2 - 1] + km[n / 2]) / 2;
    long unknown = errors.stream().filter(e -> e[1] > 0).count();
    return String.format(Locale.ROOT, "%-12s %-22s %6d %8.1f %9.0f %9.1f %6.3f %8d%n", set, system, n,
        100.0 * within / n, mean, median, auc(km), unknown);
  }

  /**
   * Area under the curve of the sorted log errors, as Gritta et al. compute it:
   * {@code trapz(log(sorted(err) + 1)) / (log(20039) * (n - 1))}.
   */
  static double auc(double[] sortedKm) {
    if (sortedKm.length < 2) return sortedKm.length == 1 ? Math.log(sortedKm[0] + 1) / Math.log(MAX_KM) : 0;
    double area = 0;
    for (int i = 1; i < sortedKm.length; i++) {
      area += (Math.log(sortedKm[i - 1] + 1) + Math.log(sortedKm[i] + 1)) / 2;
    }
    return area / (Math.log(MAX_KM) * (sortedKm.length - 1));
  }

  /** The articles of one half, each as its gold toponyms that have coordinates. */
  private static List<List<Gold>> read(Path file, String half) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<List<Gold>> articles = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode doc = json.readTree(line);
        if (!half(doc.path("id").asText()).equals(half)) continue;
        String text = doc.path("text").asText();
        List<JsonNode> toponyms = new ArrayList<>();
        doc.path("toponyms").forEach(t -> {
          if (!t.path("lat").isNull() && t.has("lat")) toponyms.add(t);
        });
        List<Gold> golds = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
          JsonNode t = toponyms.get(i);
          int end = text.offsetByCodePoints(0, t.path("end").asInt());
          String container = "";
          String after = text.substring(end, Math.min(text.length(), end + 3));
          if (after.startsWith(", ") && i + 1 < toponyms.size()
              && toponyms.get(i + 1).path("start").asInt() == t.path("end").asInt() + 2) {
            container = toponyms.get(i + 1).path("name").asText();
          }
          golds.add(new Gold(new Toponym(t.path("name").asText(), PlaceNames.featureWordAt(text, end), container),
              t.path("lat").asDouble(), t.path("lon").asDouble()));
        }
        if (!golds.isEmpty()) articles.add(golds);
      }
    }
    return articles;
  }

  /** A fixed half for every article id: dev to set weights on, test to report. */
  static String half(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0 ? "dev" : "test";
  }
}
