package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
  @TempDir Path dir;

  @Test
  void jsonLinesKeepsWholeDocumentsAndFlatRows() throws Exception {
    StoreFixtures.fill(dir.resolve("store"));
    assertEquals(3, Exporter.export(dir.resolve("store"), Exporter.Format.jsonl, dir.resolve("out")));
    List<String> docs = Files.readAllLines(dir.resolve("out/documents.jsonl"));
    assertEquals(3, docs.size());
    assertTrue(new ObjectMapper().readTree(docs.get(0)).has("quotes"));
    List<String> quotes = Files.readAllLines(dir.resolve("out/quotes.jsonl"));
    assertEquals(3, quotes.size());
    assertEquals("Anna Smith", new ObjectMapper().readTree(quotes.get(0)).get("speaker_name").asText());
  }

  @Test
  void csvHasAHeaderAndOneRowPerEntity() throws Exception {
    StoreFixtures.fill(dir.resolve("store"));
    Exporter.export(dir.resolve("store"), Exporter.Format.csv, dir.resolve("out"));
    List<String> entities = Files.readAllLines(dir.resolve("out/entities.csv"));
    assertTrue(entities.get(0).startsWith("document_id,entity_id,type,name,roles"), entities.get(0));
    assertEquals(1 + 6, entities.size());
  }

  @Test
  void parquetReadsBackInDuckDbWithItsTypes() throws Exception {
    StoreFixtures.fill(dir.resolve("store"));
    Exporter.export(dir.resolve("store"), Exporter.Format.parquet, dir.resolve("out"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet r = c.createStatement().executeQuery("SELECT speaker_name, count(*), min(published), "
            + "typeof(min(published)), typeof(min(confidence)) FROM '" + dir.resolve("out/quotes.parquet")
            + "' GROUP BY speaker_name ORDER BY 2 DESC")) {
      assertTrue(r.next());
      assertEquals("Anna Smith", r.getString(1));
      assertEquals(2, r.getInt(2));
      assertEquals("2024-03-01", r.getString(3));
      assertEquals("DATE", r.getString(4));
      assertEquals("DOUBLE", r.getString(5));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet r = c.createStatement().executeQuery("SELECT count(*), count(geonames_id), max(lat) FROM '"
            + dir.resolve("out/entities.parquet") + "' WHERE type = 'LOCATION'")) {
      assertTrue(r.next());
      assertEquals(3, r.getInt(1));
      assertEquals(3, r.getInt(2));
      assertEquals(46.2, r.getDouble(3), 1e-9);
    }
  }
}
