package newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Quote;
import newsgraph.json.DocumentJson;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The writing side of the embedded store (CONTRACT §3): one Lucene index in a folder, one
 * Lucene document per analysed article with its text, quotes, entity, speaker and place names as
 * searchable and faceted fields, and the analysed JSON kept whole. Adds are idempotent (keyed by
 * the document id) and become durable at {@link #commit()}; a killed ingest loses only what was
 * not committed, and readers ({@link StoreSearch}) see each commit while the ingest goes on.
 * One writer per folder (Lucene's write lock says so if a second one tries).
 */
public final class Store implements AutoCloseable {
  static final String ID = "id";
  static final String INPUT = "input";
  static final String JSON = "json";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String QUOTES = "quotes";
  static final String PUBLISHED = "published";
  static final String SPEAKER = "speaker";
  static final String ENTITY = "entity";
  static final String PLACE = "place";
  static final String BAND = "band";
  static final String MINHASH = "minhash";
  static final String COPY_OF = "copyOf";
  static final String DAY = "day";
  /** Estimated Jaccard of 5-word shingles at or above which two articles are copies. */
  public static final double COPY_THRESHOLD = 0.5;
  /** Facet dimensions, as the contract's search facets name them. */
  static final String[] DIMENSIONS = {SPEAKER, ENTITY, PLACE, "month"};

  /** Stored with offsets, so the highlighter needs no re-analysis. */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final Path dir;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private Store(Path dir) throws IOException {
    Files.createDirectories(dir);
    this.dir = dir;
    directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // The copy finder refreshes its reader every few hundred adds; by default each refresh
    // waits up to 500 ms for merges of the segments it flushed, which made a synthetic ingest
    // run at ~50 articles/s (bench store).
    config.setMaxFullFlushMergeWaitMillis(0);
    writer = new IndexWriter(directory, config);
    searchers = new SearcherManager(writer, null);
  }

  /** Opens the store in {@code dir} for writing, creating it when absent. */
  public static Store open(Path dir) throws IOException {
    return new Store(dir);
  }

  static EnglishAnalyzer analyzer() {
    return new EnglishAnalyzer();
  }

  /** How the facet dimensions are indexed; configured once, then only read. */
  static final FacetsConfig FACETS = facetsConfig();

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : DIMENSIONS) config.setMultiValued(dim, true);
    return config;
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /**
   * The key of an input before analysis (its source and raw text), so that a rerun can skip
   * what is stored without analysing it again.
   */
  public static String inputKey(String source, String rawText) {
    return Document.idOf(source, rawText);
  }

  /** True when an article with this input key was added (committed or not). */
  public synchronized boolean containsInput(String inputKey) throws IOException {
    for (Pending p : pending) if (p.inputKey().equals(inputKey)) return true;
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(new TermQuery(new Term(INPUT, inputKey))) > 0;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Adds the analysed article, replacing an earlier copy with the same id. A syndicated or
   * near-duplicate copy of stored articles gets {@code copyOf} = the earliest of them (by
   * publication date; undated ones count as later); when the new one is the earliest, the others
   * are re-pointed to it. Returns the id it is a copy of, or null.
   */
  public synchronized String add(Document doc, String inputKey) throws IOException {
    int[] sig = MinHash.signature(doc.text());
    if (pending.size() >= MAX_PENDING) refresh();
    Copies.Group group = Copies.find(this, doc, sig);
    if (touchesPending(group, sig)) {
      refresh();
      group = Copies.find(this, doc, sig);
    }
    String copyOf = group.rootFor(doc);
    writer.updateDocument(new Term(ID, doc.id()),
        FACETS.build(toLucene(doc, inputKey, sig, copyOf)));
    List<String> repointed = group.toRepoint(doc);
    for (String other : repointed) repoint(other, copyOf != null ? copyOf : doc.id());
    pending.add(new Pending(doc.id(), inputKey, sig, copyOf == null ? doc.id() : copyOf));
    if (!repointed.isEmpty()) refresh();
    return copyOf;
  }

  /**
   * An article added since the reader was last refreshed, which the copy lookup cannot see in
   * the index yet. Refreshing after every add made ingest four times slower than analysis; the
   * reader is now refreshed only when a new article may be a copy of a pending one, or every
   * {@link #MAX_PENDING} adds.
   */
  private record Pending(String id, String inputKey, int[] signature, String root) {}

  private static final int MAX_PENDING = 256;
  private final List<Pending> pending = new ArrayList<>();

  private void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    pending.clear();
  }

  /** True when a pending article is a copy of this one, or belongs to a group it joins. */
  private boolean touchesPending(Copies.Group group, int[] sig) {
    for (Pending p : pending) {
      if (MinHash.similarity(sig, p.signature()) >= COPY_THRESHOLD) return true;
      for (Copies.Member m : group.members()) {
        if (m.root().equals(p.root()) || m.id().equals(p.root())) return true;
      }
    }
    return false;
  }

  /**
   * Adds many articles to this empty store at once and commits (see {@link BulkLoad}): the same
   * {@code copyOf} as adding them one by one in this order, far faster. {@code inputs} is read
   * twice, in the same order; at most {@code capacity} articles.
   */
  public synchronized BulkLoad.Result addAll(int capacity, Iterable<BulkLoad.Input> inputs) throws IOException {
    if (!pending.isEmpty()) refresh();
    return BulkLoad.load(this, capacity, inputs);
  }

  IndexWriter writer() {
    return writer;
  }

  /** Lets the copy finder and {@link #containsInput} see everything added so far. */
  void refreshReader() throws IOException {
    refresh();
  }

  /** Gives the stored article {@code id} a new {@code copyOf}. */
  private void repoint(String id, String copyOf) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      var hits = s.search(new TermQuery(new Term(ID, id)), 1);
      if (hits.scoreDocs.length == 0) return;
      var stored = s.storedFields().document(hits.scoreDocs[0].doc);
      Document doc = DocumentJson.read(stored.get(JSON));
      var raw = stored.getBinaryValue(MINHASH);
      int[] sig = MinHash.fromBytes(raw.bytes, raw.offset, raw.length);
      writer.updateDocument(new Term(ID, id),
          FACETS.build(toLucene(doc, stored.get(INPUT), sig, copyOf)));
    } finally {
      searchers.release(s);
    }
  }

  /** The searcher over everything added so far (for the copy finder); release it after use. */
  IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  void release(IndexSearcher s) throws IOException {
    searchers.release(s);
  }

  static org.apache.lucene.document.Document toLucene(Document doc, String inputKey, int[] sig, String copyOf) {
    var d = new org.apache.lucene.document.Document();
    d.add(new StringField(ID, doc.id(), Field.Store.YES));
    d.add(new StoredField(MINHASH, MinHash.toBytes(sig)));
    for (String band : MinHash.bandKeys(sig)) d.add(new StringField(BAND, band, Field.Store.NO));
    if (copyOf != null) d.add(new StringField(COPY_OF, copyOf, Field.Store.YES));
    d.add(new StoredField(DAY, doc.published() == null ? Long.MAX_VALUE : doc.published().toEpochDay()));
    d.add(new StringField(INPUT, inputKey, Field.Store.YES));
    d.add(new StoredField(JSON, DocumentJson.toJson(doc)));
    if (doc.title() != null) d.add(new TextField(TITLE, doc.title(), Field.Store.NO));
    d.add(new Field(TEXT, doc.text(), TEXT_WITH_OFFSETS));
    for (Quote q : doc.quotes()) d.add(new TextField(QUOTES, q.text(), Field.Store.NO));
    if (doc.published() != null) {
      long day = doc.published().toEpochDay();
      d.add(new LongPoint(PUBLISHED, day));
      d.add(new NumericDocValuesField(PUBLISHED, day));
      d.add(new SortedSetDocValuesFacetField("month", doc.published().toString().substring(0, 7)));
    }
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote q : doc.quotes()) {
      String name = doc.speakerName(q);
      if (name != null) speakers.add(name);
    }
    for (String name : speakers) keyword(d, SPEAKER, name);
    for (Entity e : doc.entities()) {
      keyword(d, ENTITY, e.name());
      if (e.type() == EntityType.LOCATION) {
        keyword(d, PLACE, e.name());
        // The gazetteer's name finds it too (Genève for Geneva, Kyiv for Kiev), as a filter only.
        if (e.place() != null) d.add(new StringField(PLACE, key(e.place().name()), Field.Store.NO));
      }
    }
    return d;
  }

  /** A name as an exact, case-blind filter term and as a facet value. */
  private static void keyword(org.apache.lucene.document.Document d, String field, String name) {
    d.add(new StringField(field, key(name), Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(field, name));
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).strip();
  }

  /** Makes everything added so far durable and visible to new readers. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** What {@link #link()} found: articles read, stories and the articles in them, people and their mentions. */
  public record Links(int articles, int stories, int storyArticles, int people, int mentions) {}

  /**
   * Commits, then recomputes stories and people over every stored article and replaces the
   * store's links with them (readers see the old links until the new ones are committed).
   */
  public synchronized Links link() throws IOException {
    writer.commit();
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      return CorpusLinks.rebuild(r, dir);
    }
  }

  /** True when the links were computed at least once (by {@link #link()}). */
  public boolean hasLinks() {
    return Files.isDirectory(dir.resolve(CorpusLinks.FOLDER));
  }

  public int size() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      return r.numDocs();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.commit();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
