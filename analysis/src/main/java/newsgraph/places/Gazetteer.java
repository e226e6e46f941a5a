package newsgraph.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import newsgraph.document.Place;

/**
 * The offline gazetteer: about 200,000 countries, regions and towns from GeoNames (CC BY 4.0),
 * compiled at build time by {@link GazetteerCompiler} into {@code gazetteer.bin} inside the jar.
 * Places are numbered 0..size-1 and held in parallel arrays; names and lookup keys are UTF-8
 * blobs with offsets, the keys sorted, so loading is a bulk copy per column (no object per
 * name, no hash table) and a lookup is a binary search.
 * Immutable and shared by every thread.
 */
public final class Gazetteer {
  static final int MAGIC = 0x4e47475a + 2; // "NGGZ", format 2
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
  private final int[] nameOffsets;
  private final byte[] names;
  private final int[] keyOffsets;
  private final byte[] keys;
  private final int[] postingOffsets;
  private final int[] postings;
  /** Per country code index, the country's own entry (or -1). */
  private final int[] countryEntry;

  private Gazetteer(ByteBuffer in) throws IOException {
    if (in.getInt() != MAGIC) throw new IOException("not a Newsgraph gazetteer (or an older format)");
    countryCodes = strings(in);
    featureCodes = strings(in);
    admin1Names = strings(in);
    int n = in.getInt();
    geonamesId = ints(in, n);
    lat = ints(in, n);
    lon = ints(in, n);
    country = shorts(in, n);
    feature = shorts(in, n);
    admin1 = shorts(in, n);
    population = new long[n];
    in.asLongBuffer().get(population);
    in.position(in.position() + 8 * n);
    nameOffsets = ints(in, n + 1);
    names = bytes(in, nameOffsets[n]);
    int k = in.getInt();
    keyOffsets = ints(in, k + 1);
    keys = bytes(in, keyOffsets[k]);
    postingOffsets = ints(in, k + 1);
    postings = ints(in, postingOffsets[k]);
    countryEntry = new int[countryCodes.length];
    Arrays.fill(countryEntry, -1);
    for (int id = 0; id < n; id++) {
      if (isCountry(id)) countryEntry[country[id]] = id;
    }
  }

  private static int[] ints(ByteBuffer in, int n) {
    int[] out = new int[n];
    in.asIntBuffer().get(out);
    in.position(in.position() + 4 * n);
    return out;
  }

  private static short[] shorts(ByteBuffer in, int n) {
    short[] out = new short[n];
    in.asShortBuffer().get(out);
    in.position(in.position() + 2 * n);
    return out;
  }

  private static byte[] bytes(ByteBuffer in, int n) {
    byte[] out = new byte[n];
    in.get(out);
    return out;
  }

  private static String[] strings(ByteBuffer in) {
    String[] out = new String[in.getInt()];
    for (int i = 0; i < out.length; i++) {
      byte[] utf = new byte[Short.toUnsignedInt(in.getShort())]; // DataOutputStream.writeUTF's length
      in.get(utf);
      out[i] = new String(utf, StandardCharsets.UTF_8);
    }
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
    try (raw) {
      return new Gazetteer(ByteBuffer.wrap(raw.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read newsgraph/places/" + RESOURCE, e);
    }
  }

  public int size() {
    return geonamesId.length;
  }

  /** The places a name may mean (in any order), or an empty array. */
  public int[] lookup(String placeName) {
    byte[] key = PlaceNames.key(placeName).getBytes(StandardCharsets.UTF_8);
    int lo = 0;
    int hi = keyOffsets.length - 2;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = Arrays.compareUnsigned(keys, keyOffsets[mid], keyOffsets[mid + 1], key, 0, key.length);
      if (cmp < 0) lo = mid + 1;
      else if (cmp > 0) hi = mid - 1;
      else return Arrays.copyOfRange(postings, postingOffsets[mid], postingOffsets[mid + 1]);
    }
    return new int[0];
  }

  public String name(int id) {
    return new String(names, nameOffsets[id], nameOffsets[id + 1] - nameOffsets[id], StandardCharsets.UTF_8);
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
