package newsgraph.places;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import newsgraph.document.Place;

/**
 * The offline gazetteer: about 200,000 countries, regions and towns from GeoNames (CC BY 4.0),
 * compiled at build time by {@link GazetteerCompiler} into {@code gazetteer.bin} inside the jar.
 * Places are numbered 0..size-1 and held in parallel arrays; names are a sorted key array with
 * the places each key names, so loading builds no hash table and lookups are a binary search.
 * Immutable and shared by every thread.
 */
public final class Gazetteer {
  static final int MAGIC = 0x4e47475a + 1; // "NGGZ", format 1
  static final double SCALE = 1e5;
  private static final String RESOURCE = "gazetteer.bin";

  private final String[] countryCodes;
  private final String[] featureCodes;
  private final String[] admin1Names;
  private final int[] geonamesId;
  private final int[] lat;
  private final int[] lon;
  private final short[] country;
  private final short[] feature;
  private final short[] admin1;
  private final long[] population;
  private final String[] name;
  private final String[] keys;
  private final int[][] postings;
  /** Per country code index, the country's own entry (or -1). */
  private final int[] countryEntry;

  private Gazetteer(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) throw new IOException("not a Newsgraph gazetteer (or an older format)");
    countryCodes = strings(in);
    featureCodes = strings(in);
    admin1Names = strings(in);
    int n = in.readInt();
    geonamesId = new int[n];
    lat = new int[n];
    lon = new int[n];
    country = new short[n];
    feature = new short[n];
    admin1 = new short[n];
    population = new long[n];
    name = new String[n];
    for (int i = 0; i < n; i++) {
      geonamesId[i] = in.readInt();
      lat[i] = in.readInt();
      lon[i] = in.readInt();
      country[i] = in.readShort();
      feature[i] = in.readShort();
      admin1[i] = in.readShort();
      population[i] = in.readLong();
      name[i] = in.readUTF();
    }
    int k = in.readInt();
    keys = new String[k];
    postings = new int[k][];
    for (int i = 0; i < k; i++) {
      keys[i] = in.readUTF();
      int[] ids = new int[in.readUnsignedShort()];
      for (int j = 0; j < ids.length; j++) ids[j] = in.readInt();
      postings[i] = ids;
    }
    countryEntry = new int[countryCodes.length];
    Arrays.fill(countryEntry, -1);
    for (int id = 0; id < n; id++) {
      if (isCountry(id)) countryEntry[country[id]] = id;
    }
  }

  private static String[] strings(DataInputStream in) throws IOException {
    String[] out = new String[in.readInt()];
    for (int i = 0; i < out.length; i++) out[i] = in.readUTF();
    return out;
  }

  /** The gazetteer compiled into the jar, loaded on first use (about half a second). */
  public static Gazetteer shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  static Gazetteer load() {
    InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IllegalStateException("newsgraph/places/" + RESOURCE + " is missing from the "
          + "classpath: the analysis module's build compiles it (mvn package)");
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      return new Gazetteer(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read newsgraph/places/" + RESOURCE, e);
    }
  }

  public int size() {
    return name.length;
  }

  /** The places a name may mean (in any order), or an empty array. */
  public int[] lookup(String placeName) {
    int i = Arrays.binarySearch(keys, PlaceNames.key(placeName));
    return i >= 0 ? postings[i] : new int[0];
  }

  public String name(int id) {
    return name[id];
  }

  public double lat(int id) {
    return lat[id] / SCALE;
  }

  public double lon(int id) {
    return lon[id] / SCALE;
  }

  /** ISO 3166-1 alpha-2, or "" for a continent. */
  public String country(int id) {
    return countryCodes[country[id]];
  }

  /** GeoNames class and code, e.g. {@code P.PPLC}, {@code A.ADM1}, {@code A.PCLI}. */
  public String featureCode(int id) {
    return featureCodes[feature[id]];
  }

  /** The first-level region's name, or "" (countries, and towns whose region is unknown). */
  public String admin1(int id) {
    return admin1Names[admin1[id]];
  }

  public long population(int id) {
    return population[id];
  }

  public long geonamesId(int id) {
    return geonamesId[id] & 0xffffffffL;
  }

  public boolean isCountry(int id) {
    return featureCode(id).startsWith("A.PCL");
  }

  public boolean isRegion(int id) {
    return featureCode(id).equals("A.ADM1");
  }

  /** The country's own entry, or -1. */
  public int countryEntry(String iso) {
    for (int i = 0; i < countryCodes.length; i++) {
      if (countryCodes[i].equals(iso)) return countryEntry[i];
    }
    return -1;
  }

  /** The entry of the country that place {@code id} lies in, or -1. */
  public int countryOf(int id) {
    return countryEntry[country[id]];
  }

  public Place place(int id) {
    return new Place(name(id), lat(id), lon(id), country(id).isEmpty() ? null : country(id),
        featureCode(id), geonamesId(id),
        admin1(id).isEmpty() ? null : admin1(id));
  }
}
