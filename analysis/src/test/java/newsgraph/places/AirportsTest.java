package newsgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AirportsTest {
  @Test
  void theStemDropsTheGenericTail() {
    assertEquals("Ramstein", Airports.stem("Ramstein Air Base"));
    assertEquals("Vance", Airports.stem("Vance Air Force Base"));
    assertEquals("Bagram", Airports.stem("Bagram Airfield"));
    assertEquals("London Heathrow", Airports.stem("London Heathrow Airport"));
    assertEquals("Reagan Washington", Airports.stem("Reagan Washington National Airport"));
    assertEquals("Punjab", Airports.stem("Punjab"));
  }

  @Test
  void airportsAreFiledUnderTheirNamesTheStemAndTheirCity() {
    var a = Airports.airport("London Heathrow Airport", "London", "large_airport", 51.47, -0.46, "GB");
    assertTrue(a.names().containsAll(List.of("London Heathrow Airport", "London Heathrow airport",
        "Heathrow airport", "London airport")), a.names().toString());
    assertFalse(a.names().contains("London"), "a bare city name never finds the airport");
    assertEquals("S.AIRP", a.featureCode());
    var both = Airports.airport("Sevastopol International Airport / Belbek Air Base", "Sevastopol",
        "medium_airport", 44.69, 33.57, "UA");
    assertTrue(both.names().containsAll(List.of("Belbek Air Base", "Belbek airport", "Sevastopol airport")));
    assertEquals("S.AIRB", both.featureCode());
  }

  @Test
  void smallFieldsAreLeftOutButSmallAirBasesAreKept() {
    assertNull(Airports.airport("Plötzin Airfield", "Plötzin", "small_airport", 52.3, 12.8, "DE"));
    var shayrat = Airports.airport("Shayrat Air Base", "Shayrat", "small_airport", 34.49, 36.91, "SY");
    assertEquals("S.AIRB", shayrat.featureCode());
    assertEquals(List.of("Shayrat Air Base", "Shayrat airport"), List.copyOf(shayrat.names()));
  }

  @Test
  void readsTheSqliteLayerLargestFirst(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("airports.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE airports (id INTEGER PRIMARY KEY, name TEXT, city TEXT, type TEXT, "
          + "latitude REAL, longitude REAL, country_code TEXT)");
      st.execute("INSERT INTO airports VALUES (1, 'Kennedy Airfield', 'Kennedy', 'small_airport', 40, -75, 'US'),"
          + " (2, 'Springfield Regional Airport', 'Springfield', 'medium_airport', 39.8, -89.7, 'US'),"
          + " (3, 'Springfield Heliport', 'Springfield', 'heliport', 39.8, -89.6, 'US'),"
          + " (4, 'Big Hub International Airport', 'Springfield', 'large_airport', 37.2, -93.4, 'US')");
    }
    List<Airports.Airport> read = Airports.read(db);
    assertEquals(List.of("Big Hub International Airport", "Springfield Regional Airport"),
        read.stream().map(Airports.Airport::name).toList());
  }
}
