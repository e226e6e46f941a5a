package newsgraph.document;

import java.util.Objects;

/** Where a location entity is on the map, as the gazetteer knows it. */
public record Place(String name, double lat, double lon, String country, String featureCode,
    long geonamesId, String admin1) {
  public Place {
    Objects.requireNonNull(name, "name");
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
  }
}
