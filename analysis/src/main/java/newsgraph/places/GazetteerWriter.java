package newsgraph.places;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Build time: writes the compiled places in the binary form that {@link Gazetteer} loads. */
final class GazetteerWriter {
  private GazetteerWriter() {}

  /**
   * Writes the format that {@link Gazetteer} reads: small string tables, then each column as one
   * block (so loading is a bulk copy per column), names and keys as UTF-8 blobs with offsets,
   * keys sorted by their UTF-8 bytes.
   */
  static void write(OutputStream raw, List<GazetteerCompiler.Row> rows,
      Function<GazetteerCompiler.Row, String> admin1Label) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
    Table countryCodes = new Table();
    Table features = new Table();
    Table admin1 = new Table();
    TreeMap<byte[], List<Integer>> keys = new TreeMap<>(java.util.Arrays::compareUnsigned);
    for (int i = 0; i < rows.size(); i++) {
      GazetteerCompiler.Row r = rows.get(i);
      countryCodes.index(r.country);
      features.index(r.featureCode);
      admin1.index(admin1Label.apply(r));
      for (String name : r.names) {
        String key = PlaceNames.key(name);
        if (key.isEmpty()) continue;
        List<Integer> ids = keys.computeIfAbsent(key.getBytes(StandardCharsets.UTF_8), k -> new ArrayList<>(1));
        if (ids.isEmpty() || ids.get(ids.size() - 1) != i) ids.add(i);
      }
    }
    out.writeInt(Gazetteer.MAGIC);
    countryCodes.write(out);
    features.write(out);
    admin1.write(out);
    int n = rows.size();
    out.writeInt(n);
    for (GazetteerCompiler.Row r : rows) out.writeInt((int) r.geonamesId);
    for (GazetteerCompiler.Row r : rows) out.writeInt((int) Math.round(r.lat * Gazetteer.SCALE));
    for (GazetteerCompiler.Row r : rows) out.writeInt((int) Math.round(r.lon * Gazetteer.SCALE));
    for (GazetteerCompiler.Row r : rows) out.writeShort(countryCodes.index(r.country));
    for (GazetteerCompiler.Row r : rows) out.writeShort(features.index(r.featureCode));
    for (GazetteerCompiler.Row r : rows) out.writeShort(admin1.index(admin1Label.apply(r)));
    for (GazetteerCompiler.Row r : rows) out.writeLong(r.population);
    writeBlob(out, rows.stream().map(r -> r.name.getBytes(StandardCharsets.UTF_8)).toList());
    out.writeInt(keys.size());
    writeBlob(out, new ArrayList<>(keys.keySet()));
    int total = 0;
    out.writeInt(0);
    for (List<Integer> ids : keys.values()) {
      total += ids.size();
      out.writeInt(total);
    }
    for (List<Integer> ids : keys.values()) {
      for (int id : ids) out.writeInt(id);
    }
    out.flush();
  }

  /** Offsets (count + 1 ints, the first 0) and then the bytes of every item, end to end. */
  private static void writeBlob(DataOutputStream out, List<byte[]> items) throws IOException {
    int offset = 0;
    out.writeInt(0);
    for (byte[] b : items) {
      offset += b.length;
      out.writeInt(offset);
    }
    for (byte[] b : items) out.write(b);
  }

  /** Strings stored once and referred to by index. */
  private static final class Table {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int index(String s) {
      return index.computeIfAbsent(s, k -> {
        values.add(k);
        return values.size() - 1;
      });
    }

    void write(DataOutputStream out) throws IOException {
      out.writeInt(values.size());
      for (String v : values) out.writeUTF(v);
    }
  }
}
