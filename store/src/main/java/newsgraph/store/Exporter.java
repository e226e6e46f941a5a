package newsgraph.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.Place;
import newsgraph.document.Quote;
import newsgraph.json.DocumentJson;

/**
 * {@code export}: the store as three tables, documents, entities and quotes, one file each in
 * the output folder. JSON Lines keeps each document whole (CONTRACT §2) and writes entities and
 * quotes as flat rows; CSV and Parquet hold the same flat rows in all three tables, with the
 * column types of {@link #COLUMNS}. Parquet is written by DuckDB (its JDBC driver, in process)
 * from the CSV files, so both formats always agree.
 */
public final class Exporter {
  public enum Format { jsonl, csv, parquet }

  /** Every table's columns and their types (DuckDB's names), in file order; unmodifiable. */
  public static final Map<String, Map<String, String>> COLUMNS = columns();

  private static Map<String, Map<String, String>> columns() {
    Map<String, Map<String, String>> t = new LinkedHashMap<>();
    t.put("documents", ordered("id VARCHAR", "source VARCHAR", "url VARCHAR", "title VARCHAR",
        "byline VARCHAR", "language VARCHAR", "published DATE", "dateline VARCHAR", "text VARCHAR",
        "entities INTEGER", "quotes INTEGER"));
    t.put("entities", ordered("document_id VARCHAR", "entity_id VARCHAR", "type VARCHAR",
        "name VARCHAR", "roles VARCHAR", "mentions INTEGER", "place_name VARCHAR", "lat DOUBLE",
        "lon DOUBLE", "country VARCHAR", "feature_code VARCHAR", "geonames_id BIGINT",
        "admin1 VARCHAR", "stands_for VARCHAR"));
    t.put("quotes", ordered("document_id VARCHAR", "quote_id VARCHAR", "published DATE",
        "kind VARCHAR", "text VARCHAR", "start INTEGER", "end INTEGER", "cue VARCHAR",
        "speaker_id VARCHAR", "speaker_name VARCHAR", "confidence DOUBLE"));
    return java.util.Collections.unmodifiableMap(t);
  }

  private static Map<String, String> ordered(String... columns) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String c : columns) {
      String[] nameType = c.split(" ");
      m.put(nameType[0], nameType[1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  private Exporter() {}

  /** Writes the three tables into {@code out} (created if needed); returns the document count. */
  public static long export(Path store, Format format, Path out) throws IOException {
    Files.createDirectories(out);
    if (format == Format.parquet) {
      Path csv = Files.createTempDirectory("newsgraph-export");
      try {
        long n = export(store, Format.csv, csv);
        toParquet(csv, out);
        return n;
      } finally {
        for (String table : COLUMNS.keySet()) Files.deleteIfExists(csv.resolve(table + ".csv"));
        Files.deleteIfExists(csv);
      }
    }
    long[] count = {0};
    ObjectMapper json = new ObjectMapper();
    CsvMapper csv = new CsvMapper();
    Map<String, SequenceWriter> writers = new LinkedHashMap<>();
    List<Writer> files = new ArrayList<>();
    try (StoreSearch search = StoreSearch.open(store)) {
      for (var table : COLUMNS.entrySet()) {
        Writer w = Files.newBufferedWriter(out.resolve(table.getKey() + "." + format), StandardCharsets.UTF_8);
        files.add(w);
        if (format == Format.csv) {
          CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
          table.getValue().keySet().forEach(schema::addColumn);
          writers.put(table.getKey(), csv.writer(schema.build()).writeValues(w));
        } else if (!table.getKey().equals("documents")) {
          writers.put(table.getKey(), json.writer().withRootValueSeparator("\n").writeValues(w));
        }
      }
      Writer documentsJsonl = format == Format.jsonl ? files.get(0) : null;
      search.forEach(doc -> {
        try {
          if (documentsJsonl != null) {
            DocumentJson.write(doc, documentsJsonl, false);
            documentsJsonl.write('\n');
          } else {
            writers.get("documents").write(documentRow(doc));
          }
          for (Map<String, Object> row : entityRows(doc)) writers.get("entities").write(row);
          for (Map<String, Object> row : quoteRows(doc)) writers.get("quotes").write(row);
          count[0]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw new IOException("cannot write the export to " + out + ": " + e.getCause().getMessage(), e.getCause());
    } finally {
      for (SequenceWriter w : writers.values()) w.close();
      for (Writer w : files) w.close();
    }
    // JSON Lines ends each row with a newline, as the format wants.
    if (format == Format.jsonl) {
      for (String table : List.of("entities", "quotes")) {
        Path f = out.resolve(table + ".jsonl");
        if (Files.size(f) > 0) Files.writeString(f, "\n", java.nio.file.StandardOpenOption.APPEND);
      }
    }
    return count[0];
  }

  /** A document's row of the {@code documents} table, by column name. */
  public static Map<String, Object> documentRow(Document d) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", d.id());
    r.put("source", d.source());
    r.put("url", d.url());
    r.put("title", d.title());
    r.put("byline", d.byline());
    r.put("language", d.language());
    r.put("published", d.published() == null ? null : d.published().toString());
    r.put("dateline", d.dateline() == null ? null : d.dateline().text());
    r.put("text", d.text());
    r.put("entities", d.entities().size());
    r.put("quotes", d.quotes().size());
    return r;
  }

  /** A document's rows of the {@code entities} table. */
  public static List<Map<String, Object>> entityRows(Document d) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Entity e : d.entities()) {
      Map<String, Object> r = new LinkedHashMap<>();
      Place p = e.place();
      r.put("document_id", d.id());
      r.put("entity_id", e.id());
      r.put("type", e.type().name());
      r.put("name", e.name());
      r.put("roles", String.join("; ", e.roles()));
      r.put("mentions", e.mentions().size());
      r.put("place_name", p == null ? null : p.name());
      r.put("lat", p == null ? null : p.lat());
      r.put("lon", p == null ? null : p.lon());
      r.put("country", p == null ? null : p.country());
      r.put("feature_code", p == null ? null : p.featureCode());
      r.put("geonames_id", p == null || p.geonamesId() == 0 ? null : p.geonamesId());
      r.put("admin1", p == null ? null : p.admin1());
      r.put("stands_for", p == null ? null : p.standsFor());
      rows.add(r);
    }
    return rows;
  }

  /** A document's rows of the {@code quotes} table. */
  public static List<Map<String, Object>> quoteRows(Document d) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Quote q : d.quotes()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("document_id", d.id());
      r.put("quote_id", q.id());
      r.put("published", d.published() == null ? null : d.published().toString());
      r.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
      r.put("text", q.text());
      r.put("start", q.span().start());
      r.put("end", q.span().end());
      r.put("cue", q.cue());
      r.put("speaker_id", q.speaker());
      r.put("speaker_name", d.speakerName(q));
      r.put("confidence", q.confidence());
      rows.add(r);
    }
    return rows;
  }

  /** DuckDB reads each CSV with the declared column types and writes it as Parquet. */
  private static void toParquet(Path csvDir, Path out) throws IOException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      for (var table : COLUMNS.entrySet()) {
        String types = table.getValue().entrySet().stream()
            .map(e -> "'" + e.getKey() + "': '" + e.getValue() + "'").collect(Collectors.joining(", "));
        s.execute("COPY (SELECT * FROM read_csv(" + literal(csvDir.resolve(table.getKey() + ".csv"))
            + ", header = true, columns = {" + types + "})) TO "
            + literal(out.resolve(table.getKey() + ".parquet")) + " (FORMAT PARQUET)");
      }
    } catch (SQLException e) {
      throw new IOException("DuckDB could not write Parquet to " + out + ": " + e.getMessage(), e);
    }
  }

  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}
