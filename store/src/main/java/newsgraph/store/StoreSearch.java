package newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.document.Document;
import newsgraph.document.Quote;
import newsgraph.json.DocumentJson;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The reading side of the store: English full text over titles, texts and quotes (Lucene's
 * simple query syntax: words, "phrases", -not, a|b), filters by speaker, entity, place and date
 * range, facet counts, highlighted snippets, and the quotes of each hit that match. Opens the
 * last commit, so it can run while an ingest writes. One instance answers one caller at a time.
 */
public final class StoreSearch implements AutoCloseable {
  /** What to look for; null or blank parts do not filter. Dates are inclusive. */
  public record Request(String query, String speaker, String entity, String place,
      LocalDate from, LocalDate to, int page, int pageSize) {
    public Request {
      page = Math.max(1, page);
      pageSize = pageSize < 1 ? 10 : Math.min(pageSize, 100);
    }
  }

  /**
   * One matching article: its document, the id of the earliest article it copies (or null), a
   * highlighted snippet and its quotes that match.
   */
  public record Hit(Document document, String copyOf, float score, String snippet, List<Quote> quotes) {}

  /** The page of hits, the total, and per dimension the top values with their counts. */
  public record Result(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {}

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  /** The index's analyzer, built once: queries, snippets and quote matching all use it. */
  private final org.apache.lucene.analysis.Analyzer analyzer = Store.analyzer();
  /** The facet ordinals of this reader: built once (it reads every facet value), on first use. */
  private SortedSetDocValuesReaderState facetState;
  private boolean noFacets;

  private StoreSearch(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("no store at " + dir + " (run ingest first)");
    directory = FSDirectory.open(dir);
    try {
      reader = DirectoryReader.open(directory);
    } catch (org.apache.lucene.index.IndexNotFoundException e) {
      directory.close();
      throw new IOException("no store at " + dir + ": the folder holds no committed index", e);
    }
    searcher = new IndexSearcher(reader);
  }

  public static StoreSearch open(Path dir) throws IOException {
    return new StoreSearch(dir);
  }

  /** Whether this view still shows the store's latest commit (false once an ingest has committed since). */
  public boolean isCurrent() throws IOException {
    return reader.isCurrent();
  }

  public Result search(Request r, String markStart, String markEnd) throws IOException {
    Query text = r.query() == null || r.query().isBlank() ? new MatchAllDocsQuery()
        : new SimpleQueryParser(analyzer, Map.of(Store.TITLE, 2f, Store.TEXT, 1f, Store.QUOTES, 1f))
            .parse(r.query());
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    filter(b, Store.SPEAKER, r.speaker());
    filter(b, Store.ENTITY, r.entity());
    filter(b, Store.PLACE, r.place());
    if (r.from() != null || r.to() != null) {
      b.add(LongPoint.newRangeQuery(Store.PUBLISHED,
          r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay(),
          r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay()), BooleanClause.Occur.FILTER);
    }
    Query query = b.build();
    int n = r.page() * r.pageSize();
    FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.search(searcher, query, n,
        new FacetsCollectorManager());
    TopDocs top = fr.topDocs();
    Map<String, Map<String, Integer>> facets = facets(fr.facetsCollector());
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(docs.length, (r.page() - 1) * r.pageSize());
    String[] snippets = snippets(text, top, markStart, markEnd);
    List<Hit> hits = new ArrayList<>();
    for (int i = from; i < docs.length; i++) {
      var stored = searcher.storedFields().document(docs[i].doc);
      Document doc = DocumentJson.read(stored.get(Store.JSON));
      hits.add(new Hit(doc, stored.get(Store.COPY_OF), docs[i].score, snippets[i], matchingQuotes(doc, r)));
    }
    return new Result(top.totalHits.value, hits, facets);
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, Store.key(value))), BooleanClause.Occur.FILTER);
    }
  }

  private String[] snippets(Query text, TopDocs top, String markStart, String markEnd) throws IOException {
    if (text instanceof MatchAllDocsQuery || top.scoreDocs.length == 0) return new String[top.scoreDocs.length];
    UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter(markStart, markEnd, " ... ", false)).build();
    return h.highlight(Store.TEXT, text, top, 2);
  }

  /** The facet ordinals, read once per view; the server shares one view among its requests. */
  private synchronized SortedSetDocValuesReaderState facetState() throws IOException {
    if (facetState == null && !noFacets) {
      try {
        facetState = new DefaultSortedSetDocValuesReaderState(reader, Store.FACETS);
      } catch (IllegalArgumentException e) {
        noFacets = true; // no document has a facet yet
      }
    }
    return facetState;
  }

  private Map<String, Map<String, Integer>> facets(FacetsCollector collector) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = facetState();
    if (state == null) return out;
    Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : Store.DIMENSIONS) {
      Map<String, Integer> values = new LinkedHashMap<>();
      FacetResult result;
      try {
        result = counts.getTopChildren(10, dim);
      } catch (IllegalArgumentException e) {
        result = null; // no document has this dimension
      }
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) values.put(lv.label, lv.value.intValue());
      }
      out.put(dim, values);
    }
    return out;
  }

  /** The hit's quotes by the requested speaker, or (without one) that share a query term. */
  private List<Quote> matchingQuotes(Document doc, Request r) throws IOException {
    List<Quote> out = new ArrayList<>();
    java.util.Set<String> wanted = r.query() == null ? java.util.Set.of() : terms(r.query());
    for (Quote q : doc.quotes()) {
      String speaker = doc.speakerName(q);
      if (r.speaker() != null && !r.speaker().isBlank()) {
        if (speaker != null && Store.key(speaker).equals(Store.key(r.speaker()))) out.add(q);
      } else if (!java.util.Collections.disjoint(wanted, terms(q.text()))) {
        out.add(q);
      }
    }
    return out;
  }

  /** The index's own terms for a text (English stems, no stop words). */
  private java.util.Set<String> terms(String text) throws IOException {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (var ts = analyzer.tokenStream(Store.TEXT, text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }

  /** A stored document and the id of the earliest article it copies (or null). */
  public record Stored(Document document, String copyOf) {}

  /** The stored document with this id, or null: one term lookup. */
  public Stored byId(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Store.ID, id)), 1);
    if (top.scoreDocs.length == 0) return null;
    var stored = searcher.storedFields().document(top.scoreDocs[0].doc);
    return new Stored(DocumentJson.read(stored.get(Store.JSON)), stored.get(Store.COPY_OF));
  }

  /** Every stored document, in index order. */
  public void forEach(java.util.function.Consumer<Document> action) throws IOException {
    var stored = searcher.storedFields();
    for (var leaf : reader.leaves()) {
      var live = leaf.reader().getLiveDocs();
      for (int i = 0; i < leaf.reader().maxDoc(); i++) {
        if (live == null || live.get(i)) {
          action.accept(DocumentJson.read(stored.document(leaf.docBase + i).get(Store.JSON)));
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
      analyzer.close();
    } finally {
      directory.close();
    }
  }
}
