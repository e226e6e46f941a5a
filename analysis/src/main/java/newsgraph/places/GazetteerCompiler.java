package newsgraph.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build-time tool: compiles GeoNames data into the binary gazetteer that {@link Gazetteer}
 * loads. Run by the analysis module's build (exec-maven-plugin, process-classes) with the files
 * that the build fetched and checked; never at run time.
 *
 * <p>Countries come from {@code countryInfo.txt} with centroids from {@code
 * country-names-2021.csv} (whose spellings become aliases too); first-level regions from
 * {@code admin1CodesASCII.txt}, placed in the middle of the box around their own towns because
 * that file has no coordinates; towns and cities from {@code cities500.txt} with their Latin-script
 * alternate names; and the reviewed rows of {@code aliases.tsv}.
 */
public final class GazetteerCompiler {
  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Row> countries = new HashMap<>();
  private final Map<String, Row> regions = new HashMap<>();
  private final Map<Long, Row> byGeonamesId = new HashMap<>();
  /** People in the towns of each second-level region ("US.KY.125"), for the counties' population. */
  private final Map<String, Long> admin2Population = new HashMap<>();

  /** One place while compiling. */
  static final class Row {
    final long geonamesId;
    double lat;
    double lon;
    final String country;
    final String featureCode;
    final String admin1;
    long population;
    final String name;
    final Set<String> names = new LinkedHashSet<>();

    Row(long geonamesId, double lat, double lon, String country, String featureCode,
        String admin1, long population, String name) {
      this.geonamesId = geonamesId;
      this.lat = lat;
      this.lon = lon;
      this.country = country;
      this.featureCode = featureCode;
      this.admin1 = admin1;
      this.population = population;
      this.name = name;
      names.add(name);
    }
  }

  public static void main(String[] args) throws IOException {
    // The SQLite driver is on the build step's classpath only (a plugin dependency), not the jar's.
    if (args.length != 8) {
      System.err.println("usage: GazetteerCompiler XPONENTS_JAR CITIES500_TXT COUNTRIES_JSON "
          + "US_COUNTIES_TOPOJSON AIRPORTS_SQLITE PLACES_TSV ALIASES_TSV OUT_BIN");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    Path cities = Path.of(args[1]);
    Path worldCountries = Path.of(args[2]);
    Path usCounties = Path.of(args[3]);
    Path airports = Path.of(args[4]);
    Path places = Path.of(args[5]);
    Path aliases = Path.of(args[6]);
    Path out = Path.of(args[7]);
    if (upToDate(out, jar, cities, worldCountries, usCounties, airports, places, aliases)) return;
    long t0 = System.nanoTime();
    GazetteerCompiler c = new GazetteerCompiler();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      c.readCountries(lines(zip, "geonames.org/countryInfo.txt"), lines(zip, "country-names-2021.csv"));
      c.readWorldCountries(new ObjectMapper().readTree(worldCountries.toFile()));
      List<String> admin1 = lines(zip, "geonames.org/admin1CodesASCII.txt");
      c.readCities(Files.readAllLines(cities, StandardCharsets.UTF_8));
      c.readRegions(admin1);
    }
    c.readUsCounties(new ObjectMapper().readTree(usCounties.toFile()));
    try {
      c.readAirports(Airports.read(airports));
    } catch (java.sql.SQLException e) {
      throw new IOException("cannot read the airports of " + airports, e);
    }
    c.readPlaces(Files.readAllLines(places, StandardCharsets.UTF_8), places);
    c.readAliases(Files.readAllLines(aliases, StandardCharsets.UTF_8), aliases);
    Files.createDirectories(out.getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp)) {
      c.write(os);
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.printf(Locale.ROOT, "gazetteer: %,d places, %,d bytes, %.1f s -> %s%n", c.rows.size(),
        Files.size(out), (System.nanoTime() - t0) / 1e9, out);
  }

  private static boolean upToDate(Path out, Path... inputs) throws IOException {
    if (!Files.exists(out)) return false;
    var built = Files.getLastModifiedTime(out);
    for (Path in : inputs) {
      if (Files.getLastModifiedTime(in).compareTo(built) > 0) return false;
    }
    // The compiler itself: a change to the format or the rules rebuilds too.
    var self = GazetteerCompiler.class.getResource("GazetteerCompiler.class");
    try {
      return self == null || !"file".equals(self.getProtocol())
          || Files.getLastModifiedTime(Path.of(self.toURI())).compareTo(built) <= 0;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static List<String> lines(ZipFile zip, String entry) throws IOException {
    ZipEntry e = zip.getEntry(entry);
    if (e == null) throw new IOException(zip.getName() + " has no " + entry);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(e),
        StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  private Row add(Row row) {
    rows.add(row);
    byGeonamesId.putIfAbsent(row.geonamesId, row);
    return row;
  }

  void readCountries(List<String> info, List<String> centroids) {
    Map<String, double[]> centre = new HashMap<>();
    Map<String, List<String>> spellings = new HashMap<>();
    for (String line : centroids.subList(1, centroids.size())) {
      String[] f = line.split(",", -1);
      if (f.length < 8 || f[2].length() != 2) continue;
      spellings.computeIfAbsent(f[2], k -> new ArrayList<>()).add(f[0]);
      // A territory row shares its ISO code with the sovereign country; the country's own row wins.
      if (!Boolean.parseBoolean(f[5]) || !centre.containsKey(f[2])) {
        if (!Boolean.parseBoolean(f[5])) centre.put(f[2], new double[] {num(f[6]), num(f[7])});
        else centre.putIfAbsent(f[2], new double[] {num(f[6]), num(f[7])});
      }
    }
    for (String line : info) {
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] f = line.split("\t", -1);
      String iso = f[0];
      double[] c = centre.get(iso);
      if (c == null || f[16].isEmpty()) continue;
      Row row = add(new Row(Long.parseLong(f[16]), c[0], c[1], iso, "A.PCLI", "",
          f[7].isEmpty() ? 0 : Long.parseLong(f[7]), f[4]));
      for (String s : spellings.getOrDefault(iso, List.of())) {
        // "KOREA, NORTH" is a sorted catalogue form, not a spelling an article uses.
        if (!s.contains(",")) row.names.add(s);
      }
      countries.put(iso, row);
    }
  }

  /**
   * npm world-countries: a country's point (the CIA World Factbook's, closer to GeoNames' own
   * country points than the centroids of country-names-2021.csv), its other spellings and its
   * English demonyms ({@code Syrian} means Syria).
   */
  void readWorldCountries(JsonNode countriesJson) {
    for (JsonNode c : countriesJson) {
      Row row = countries.get(c.path("cca2").asText());
      if (row == null) continue;
      JsonNode latlng = c.path("latlng");
      if (latlng.size() == 2) {
        row.lat = latlng.get(0).asDouble();
        row.lon = latlng.get(1).asDouble();
      }
      row.names.add(c.path("name").path("common").asText());
      row.names.add(c.path("name").path("official").asText());
      c.path("altSpellings").forEach(a -> {
        if (a.asText().length() >= 2 && PlaceNames.isLatin(a.asText())) row.names.add(a.asText());
      });
      JsonNode demonyms = c.path("demonyms").path("eng");
      demonyms.forEach(d -> {
        row.names.add(d.asText());
        // "Canadians", "Pakistanis": the plural names the country as often as the adjective.
        if (d.asText().endsWith("n") || d.asText().endsWith("i")) row.names.add(d.asText() + "s");
      });
    }
    rows.forEach(r -> r.names.remove(""));
  }

  /**
   * {@code name, other names, lat, lon, feature code, country, GeoNames id, source}: the reviewed
   * places file. A place with a country lies in the first-level region of its nearest town there;
   * a row for a country (A.PCLI), or one whose GeoNames id and feature code name a place the
   * packages already hold (a region's A.ADM1), moves that place's point.
   */
  void readPlaces(List<String> lines, Path file) {
    for (ReviewedTsv.Row r : ReviewedTsv.rows(lines, file, 8, "8 columns ending with a source")) {
      String[] f = r.fields();
      double lat = num(f[2]);
      double lon = num(f[3]);
      long id = Long.parseLong(f[6]);
      Row known = f[4].equals("A.PCLI") ? countries.get(f[5]) : id > 0 ? byGeonamesId.get(id) : null;
      if (known != null && known.featureCode.equals(f[4])) {
        // A reviewed point for a country or region the packages already hold: moves it, adds no place.
        known.lat = lat;
        known.lon = lon;
        continue;
      }
      Row town = f[5].isEmpty() ? null : nearestTown(lat, lon, f[5]);
      Row row = add(new Row(id, lat, lon, f[5], f[4], town == null ? "" : town.admin1, 0, f[0]));
      for (String other : f[1].split(",")) {
        if (!other.isBlank()) row.names.add(other.trim());
      }
    }
  }

  void readCities(List<String> lines) {
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 15) continue;
      Row row = add(new Row(Long.parseLong(f[0]), num(f[4]), num(f[5]), f[8], f[6] + "." + f[7],
          f[10], f[14].isEmpty() ? 0 : Long.parseLong(f[14]), f[1]));
      row.names.add(f[2]);
      if (!f[11].isEmpty()) admin2Population.merge(f[8] + "." + f[10] + "." + f[11], row.population, Long::sum);
      if (!f[3].isEmpty()) {
        for (String alt : f[3].split(",")) {
          if (usableAlternate(alt)) row.names.add(alt);
        }
      }
    }
  }

  /** Latin-script spellings only, and no airport or postal codes ("ALV", "NYC" stay out). */
  static boolean usableAlternate(String alt) {
    if (alt.length() < 2 || !PlaceNames.isLatin(alt)) return false;
    boolean upper = alt.chars().noneMatch(Character::isLowerCase);
    return !(upper && alt.length() <= 4) && alt.chars().anyMatch(Character::isLetter);
  }

  void readRegions(List<String> admin1) {
    // Region centres: the middle of the box around the region's towns (the file itself has no
    // coordinates). The box's middle stays near the geographic centre where the mean of the
    // towns would drift to the crowded coast; across the antimeridian the mean is used instead.
    Map<String, double[]> boxes = new HashMap<>();
    for (Row r : rows) {
      if (!r.featureCode.startsWith("P.")) continue;
      double[] b = boxes.computeIfAbsent(r.country + "." + r.admin1,
          k -> new double[] {90, -90, 180, -180, 0, 0, 0, 0});
      b[0] = Math.min(b[0], r.lat);
      b[1] = Math.max(b[1], r.lat);
      b[2] = Math.min(b[2], r.lon);
      b[3] = Math.max(b[3], r.lon);
      b[4] += r.lat;
      b[5] += r.lon;
      b[6] += 1;
      b[7] += r.population;
    }
    for (String line : admin1) {
      String[] f = line.split("\t", -1);
      if (f.length < 4 || f[3].isEmpty()) continue;
      double[] b = boxes.get(f[0]);
      if (b == null) continue;
      String cc = f[0].substring(0, 2);
      String code = f[0].substring(3);
      boolean wraps = b[3] - b[2] > 180;
      double lat = wraps ? b[4] / b[6] : (b[0] + b[1]) / 2;
      double lon = wraps ? b[5] / b[6] : (b[2] + b[3]) / 2;
      Row row = add(new Row(Long.parseLong(f[3]), lat, lon, cc, "A.ADM1", code, (long) b[7], f[1]));
      row.names.add(f[2]);
      row.names.addAll(regionVariants(f[2]));
      regions.put(f[0], row);
    }
  }

  /**
   * Other spellings news uses for a region: without GeoNames' "State" ({@code Zamfara State} is
   * {@code Zamfara}), and "South Darfur" for {@code Southern Darfur}.
   */
  static List<String> regionVariants(String name) {
    List<String> out = new ArrayList<>(2);
    if (name.endsWith(" State") && name.length() > 8) out.add(name.substring(0, name.length() - 6));
    for (String[] p : new String[][] {{"Northern ", "North "}, {"Southern ", "South "}, {"Western ", "West "},
        {"Eastern ", "East "}}) {
      if (name.startsWith(p[0])) out.add(p[1] + name.substring(p[0].length()));
    }
    return out;
  }

  /**
   * US counties (and Louisiana's parishes) from us-atlas's TopoJSON of the Census Bureau's
   * outlines: placed in the middle of their outline's box, named {@code X County} or
   * {@code X Parish}, in the state their FIPS code says. GeoNames' own US second-level codes
   * are the same FIPS codes, so the towns in each give its population. No GeoNames id (0).
   */
  void readUsCounties(JsonNode topo) {
    Map<String, String> stateCodeByName = new HashMap<>();
    regions.forEach((code, row) -> {
      if (code.startsWith("US.")) stateCodeByName.put(row.name, code.substring(3));
    });
    Map<String, String> stateByFips = new HashMap<>();
    for (JsonNode state : topo.path("objects").path("states").path("geometries")) {
      String code = stateCodeByName.get(state.path("properties").path("name").asText());
      if (code != null) stateByFips.put(state.path("id").asText(), code);
    }
    double[][][] arcs = TopoJson.arcs(topo);
    for (JsonNode county : topo.path("objects").path("counties").path("geometries")) {
      String fips = county.path("id").asText();
      String state = fips.length() == 5 ? stateByFips.get(fips.substring(0, 2)) : null;
      if (state == null) continue;
      double[] box = {90, -90, 180, -180};
      TopoJson.growBox(county.path("arcs"), arcs, box);
      if (box[0] > box[1]) continue;
      String name = county.path("properties").path("name").asText();
      String suffix = state.equals("LA") ? " Parish" : " County";
      long people = admin2Population.getOrDefault("US." + state + "." + fips.substring(2), 0L);
      add(new Row(0, (box[0] + box[1]) / 2, (box[2] + box[3]) / 2, "US", "A.ADM2", state, people,
          name.endsWith(suffix) ? name : name + suffix));
    }
  }

  /**
   * The airport layer ({@link Airports}), each in the first-level region of the nearest town of
   * its country (the layer has no region codes of its own). No GeoNames id (0), no population.
   */
  void readAirports(List<Airports.Airport> airports) {
    for (Airports.Airport a : airports) {
      Row nearest = nearestTown(a.lat(), a.lon(), a.country());
      Row row = add(new Row(0, a.lat(), a.lon(), a.country(), a.featureCode(),
          nearest == null ? "" : nearest.admin1, 0, a.name()));
      row.names.addAll(a.names());
    }
  }

  /** The towns by one-degree cell of the map, built on first use (after the towns are read). */
  private TownGrid towns;

  private Row nearestTown(double lat, double lon, String country) {
    if (towns == null) towns = new TownGrid(rows);
    return towns.nearest(lat, lon, country);
  }

  /** {@code alias <TAB> target <TAB> source}: target is an ISO country code, CC.ADMIN1 or a GeoNames id. */
  void readAliases(List<String> lines, Path file) {
    for (ReviewedTsv.Row r : ReviewedTsv.rows(lines, file, 3, "alias, target and source")) {
      String[] f = r.fields();
      int n = r.line();
      Row target = f[1].matches("\\d+") ? byGeonamesId.get(Long.parseLong(f[1]))
          : f[1].length() == 2 ? countries.get(f[1]) : regions.get(f[1]);
      if (target == null) {
        throw new IllegalArgumentException(file + ":" + n + ": no place " + f[1] + " for alias " + f[0]);
      }
      target.names.add(f[0]);
    }
  }

  private static double num(String s) {
    return Double.parseDouble(s);
  }

  /** Writes the binary gazetteer ({@link GazetteerWriter}). */
  void write(OutputStream raw) throws IOException {
    GazetteerWriter.write(raw, rows, this::admin1Label);
  }

  /** The region's name as the contract's {@code admin1} shows it ("Texas"), or "" for none. */
  String admin1Label(Row r) {
    if (r.featureCode.equals("A.PCLI")) return "";
    Row region = regions.get(r.country + "." + r.admin1);
    return region == null ? "" : region.name;
  }

}
