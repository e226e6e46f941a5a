package newsgraph.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Build-time lookup of the nearest town to a point, by one-degree cells of the map: places the
 * reviewed rows and the airports (which carry no region code) in the region of their nearest town.
 */
final class TownGrid {
  private final Map<Long, List<GazetteerCompiler.Row>> cells = new HashMap<>();

  TownGrid(List<GazetteerCompiler.Row> rows) {
    for (GazetteerCompiler.Row r : rows) {
      if (r.featureCode.startsWith("P.")) cells.computeIfAbsent(cell(r.lat, r.lon), k -> new ArrayList<>()).add(r);
    }
  }

  /** The nearest town of the country within about a degree of the point, or null. */
  GazetteerCompiler.Row nearest(double lat, double lon, String country) {
    GazetteerCompiler.Row nearest = null;
    double best = Double.MAX_VALUE;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        for (GazetteerCompiler.Row t : cells.getOrDefault(cell(lat + dy, lon + dx), List.of())) {
          double km = Geo.km(lat, lon, t.lat, t.lon);
          if (t.country.equals(country) && km < best) {
            best = km;
            nearest = t;
          }
        }
      }
    }
    return nearest;
  }

  /** A one-degree cell of the map. */
  private static long cell(double lat, double lon) {
    return (long) Math.floor(lat + 90) * 1000 + (long) Math.floor(((lon + 540) % 360));
  }
}
