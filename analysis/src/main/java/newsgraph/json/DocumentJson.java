package newsgraph.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import newsgraph.document.DateMention;
import newsgraph.document.Dateline;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Paragraph;
import newsgraph.document.Place;
import newsgraph.document.Quote;
import newsgraph.document.Repair;
import newsgraph.document.Sentence;
import newsgraph.document.Span;

/**
 * The document's JSON form, field for field as CONTRACT §2 lists it: every field is always
 * present (null or empty when no stage has filled it). Tokens are internal and not written.
 * Thread-safe.
 */
public final class DocumentJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private DocumentJson() {}

  /** The document as one line of JSON (no newline). */
  public static String toJson(Document doc) {
    StringWriter out = new StringWriter(doc.text().length() * 3 + 1024);
    write(doc, out, false);
    return out.toString();
  }

  /** Writes the document to {@code out}, indented when {@code pretty}; does not close it. */
  public static void write(Document doc, Writer out, boolean pretty) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) g.useDefaultPrettyPrinter();
      writeDocument(doc, g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write document " + doc.id(), e);
    }
  }

  private static void writeDocument(Document d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    g.writeStringField("source", d.source());
    g.writeStringField("url", d.url());
    g.writeStringField("title", d.title());
    g.writeStringField("byline", d.byline());
    g.writeStringField("language", d.language());
    g.writeStringField("published", d.published() == null ? null : d.published().toString());
    g.writeFieldName("dateline");
    if (d.dateline() == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeStringField("text", d.dateline().text());
      writeSpan(d.dateline().span(), g);
      g.writeStringField("agency", d.dateline().agency());
      g.writeObjectFieldStart("extent");
      writeSpan(d.dateline().extent(), g);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeStringField("text", d.text());
    g.writeArrayFieldStart("repairs");
    for (Repair r : d.repairs()) {
      g.writeStartObject();
      writeSpan(r.span(), g);
      g.writeStringField("before", r.before());
      g.writeStringField("after", r.after());
      g.writeStringField("kind", r.kind().label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("paragraphs");
    for (Paragraph p : d.paragraphs()) {
      g.writeStartObject();
      writeSpan(p.span(), g);
      g.writeFieldName("duplicateOf");
      if (p.duplicateOf() == null) g.writeNull(); else g.writeNumber(p.duplicateOf());
      g.writeFieldName("similarity");
      if (p.similarity() == null) g.writeNull(); else g.writeNumber(p.similarity());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sentences");
    for (Sentence s : d.sentences()) {
      g.writeStartObject();
      writeSpan(s.span(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    for (Entity e : d.entities()) {
      writeEntity(e, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : d.quotes()) {
      writeQuote(q, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("dates");
    for (DateMention dm : d.dates()) {
      g.writeStartObject();
      g.writeStringField("text", dm.text());
      writeSpan(dm.span(), g);
      g.writeStringField("value", dm.value());
      g.writeStringField("granularity", dm.granularity() == null ? null : dm.granularity().label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeEntity(Entity e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("type", e.type().name());
    g.writeStringField("name", e.name());
    writeStrings("aliases", e.aliases(), g);
    writeStrings("roles", e.roles(), g);
    g.writeArrayFieldStart("mentions");
    for (Mention m : e.mentions()) {
      writeMention(m, g);
    }
    g.writeEndArray();
    g.writeFieldName("place");
    Place p = e.place();
    if (p == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeNumberField("lat", p.lat());
      g.writeNumberField("lon", p.lon());
      g.writeStringField("country", p.country());
      g.writeStringField("featureCode", p.featureCode());
      // 0 for a place that is not from GeoNames (a US county); null says so.
      if (p.geonamesId() == 0) g.writeNullField("geonamesId");
      else g.writeNumberField("geonamesId", p.geonamesId());
      g.writeStringField("admin1", p.admin1());
      if (p.standsFor() != null) g.writeStringField("standsFor", p.standsFor());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeQuote(Quote q, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.id());
    g.writeStringField("kind", q.kind().label());
    g.writeStringField("text", q.text());
    writeSpan(q.span(), g);
    g.writeStringField("cue", q.cue());
    g.writeFieldName("cueStart");
    if (q.cueSpan() == null) g.writeNull(); else g.writeNumber(q.cueSpan().start());
    g.writeFieldName("cueEnd");
    if (q.cueSpan() == null) g.writeNull(); else g.writeNumber(q.cueSpan().end());
    g.writeStringField("speaker", q.speaker());
    g.writeFieldName("speakerMention");
    if (q.speakerMention() == null) g.writeNull(); else writeMention(q.speakerMention(), g);
    g.writeNumberField("confidence", q.confidence());
    g.writeEndObject();
  }

  private static void writeMention(Mention m, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeSpan(m.span(), g);
    g.writeStringField("text", m.text());
    g.writeEndObject();
  }

  private static void writeSpan(Span s, JsonGenerator g) throws IOException {
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
  }

  private static void writeStrings(String field, List<String> values, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }

  /**
   * Reads a document written by {@link #write}. Tokens are not part of the JSON form, so the
   * document comes back without them.
   *
   * @throws IllegalArgumentException naming the field when the JSON is not a valid document
   */
  public static Document read(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    try {
      return new Document(text(n, "id"), text(n, "source"), text(n, "url"), text(n, "title"),
          text(n, "byline"), text(n, "language"),
          n.path("published").isTextual() ? LocalDate.parse(n.get("published").asText()) : null,
          n.path("dateline").isObject() ? readDateline(n.get("dateline")) : null,
          text(n, "text"),
          list(n, "repairs", r -> new Repair(span(r), text(r, "before"), text(r, "after"),
              Repair.Kind.ofLabel(text(r, "kind")))),
          list(n, "paragraphs", p -> new Paragraph(span(p),
              p.path("duplicateOf").isNumber() ? p.get("duplicateOf").asInt() : null,
              p.path("similarity").isNumber() ? p.get("similarity").asDouble() : null)),
          list(n, "sentences", s -> new Sentence(span(s))),
          List.of(),
          list(n, "entities", DocumentJson::readEntity),
          list(n, "quotes", DocumentJson::readQuote),
          list(n, "dates", d -> new DateMention(text(d, "text"), span(d), text(d, "value"),
              text(d, "granularity") == null ? null
                  : DateMention.Granularity.valueOf(text(d, "granularity").toUpperCase(java.util.Locale.ROOT)))));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a valid document: " + e.getMessage(), e);
    }
  }

  private static Dateline readDateline(JsonNode d) {
    Span place = span(d);
    return new Dateline(text(d, "text"), place,
        d.path("extent").isObject() ? span(d.get("extent")) : place, text(d, "agency"));
  }

  private static Entity readEntity(JsonNode e) {
    JsonNode p = e.path("place");
    Place place = p.isObject()
        ? new Place(text(p, "name"), p.path("lat").asDouble(), p.path("lon").asDouble(),
            text(p, "country"), text(p, "featureCode"), p.path("geonamesId").asLong(), text(p, "admin1"),
            text(p, "standsFor"))
        : null;
    return new Entity(text(e, "id"), EntityType.valueOf(text(e, "type")), text(e, "name"),
        list(e, "aliases", JsonNode::asText), list(e, "roles", JsonNode::asText),
        list(e, "mentions", DocumentJson::readMention), place);
  }

  private static Quote readQuote(JsonNode q) {
    Span cue = q.path("cueStart").isNumber()
        ? new Span(q.get("cueStart").asInt(), q.get("cueEnd").asInt()) : null;
    return new Quote(text(q, "id"), Quote.Kind.valueOf(text(q, "kind").toUpperCase(java.util.Locale.ROOT)),
        text(q, "text"), span(q), text(q, "cue"), cue, text(q, "speaker"),
        q.path("speakerMention").isObject() ? readMention(q.get("speakerMention")) : null,
        q.path("confidence").asDouble());
  }

  private static Mention readMention(JsonNode m) {
    return new Mention(span(m), text(m, "text"));
  }

  private static Span span(JsonNode n) {
    if (!n.path("start").isInt() || !n.path("end").isInt()) {
      throw new IllegalArgumentException("missing start/end in " + n);
    }
    return new Span(n.get("start").asInt(), n.get("end").asInt());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static <T> List<T> list(JsonNode n, String field, Function<JsonNode, T> reader) {
    List<T> out = new ArrayList<>();
    for (JsonNode item : n.path(field)) out.add(reader.apply(item));
    return out;
  }
}
