package newsgraph.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.store.Exporter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The export's tables as Spark schemas and rows. Columns, their order and types come from
 * {@link Exporter#COLUMNS} and the values from its row builders, so the job's Parquet has what
 * {@code export --format parquet} writes, and a column added there appears here too.
 */
final class Tables {
  static final List<String> NAMES = List.copyOf(Exporter.COLUMNS.keySet());

  private Tables() {}

  static StructType schema(String table) {
    Map<String, String> columns = columns(table);
    List<StructField> fields = new ArrayList<>();
    columns.forEach((name, type) -> fields.add(DataTypes.createStructField(name, sparkType(type), true)));
    return DataTypes.createStructType(fields);
  }

  /** The near-duplicate table: each copy and the earliest article of its group. */
  static StructType copiesSchema() {
    return DataTypes.createStructType(List.of(
        DataTypes.createStructField("document_id", DataTypes.StringType, false),
        DataTypes.createStructField("copy_of", DataTypes.StringType, false)));
  }

  /** The stories: each article of a story of two or more and the story's id (its earliest article). */
  static StructType storiesSchema() {
    return DataTypes.createStructType(List.of(
        DataTypes.createStructField("document_id", DataTypes.StringType, false),
        DataTypes.createStructField("story_id", DataTypes.StringType, false)));
  }

  /** Person identity: each PERSON entity of each article and the person it is. */
  static StructType peopleSchema() {
    return DataTypes.createStructType(List.of(
        DataTypes.createStructField("document_id", DataTypes.StringType, false),
        DataTypes.createStructField("entity_id", DataTypes.StringType, false),
        DataTypes.createStructField("person_id", DataTypes.StringType, false)));
  }

  /** Inputs the job could not read or analyse, with the reason (as the CLI's stderr lines). */
  static StructType skippedSchema() {
    return DataTypes.createStructType(List.of(
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, false)));
  }

  /** One exporter row (column name to value) as a Spark row of the table's schema. */
  static Row row(String table, Map<String, Object> values) {
    Map<String, String> columns = columns(table);
    Object[] cells = new Object[columns.size()];
    int i = 0;
    for (var column : columns.entrySet()) {
      cells[i++] = cell(column.getValue(), values.get(column.getKey()), table + "." + column.getKey());
    }
    return RowFactory.create(cells);
  }

  private static Map<String, String> columns(String table) {
    Map<String, String> columns = Exporter.COLUMNS.get(table);
    if (columns == null) throw new IllegalArgumentException("no export table " + table);
    return columns;
  }

  private static DataType sparkType(String duckDbType) {
    return switch (duckDbType) {
      case "VARCHAR" -> DataTypes.StringType;
      case "DATE" -> DataTypes.DateType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "BIGINT" -> DataTypes.LongType;
      case "DOUBLE" -> DataTypes.DoubleType;
      default -> throw new IllegalStateException("no Spark type for export column type " + duckDbType);
    };
  }

  private static Object cell(String duckDbType, Object value, String column) {
    if (value == null) return null;
    try {
      return switch (duckDbType) {
        // The export goes through CSV, where an empty string reads back as NULL (an entity
        // without roles); the same here, so both give the same rows.
        case "VARCHAR" -> value.toString().isEmpty() ? null : value.toString();
        // java.sql.Date is Spark's external form of DATE; valueOf keeps the calendar day.
        case "DATE" -> Date.valueOf(value instanceof LocalDate d ? d : LocalDate.parse(value.toString()));
        case "INTEGER" -> ((Number) value).intValue();
        case "BIGINT" -> ((Number) value).longValue();
        case "DOUBLE" -> ((Number) value).doubleValue();
        default -> throw new IllegalStateException("no Spark type for export column type " + duckDbType);
      };
    } catch (ClassCastException | java.time.format.DateTimeParseException e) {
      throw new IllegalStateException(column + " (" + duckDbType + ") cannot hold " + value, e);
    }
  }
}
