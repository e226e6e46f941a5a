package newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The reading side of the corpus links (stories and people, written by {@link Store#link()}):
 * an article's story and its entities' person ids, a story or a person by id as the API's JSON,
 * and people by name. Opens the last committed links; without any yet, every answer is empty.
 * Thread-safe: one instance can serve many requests.
 */
public final class LinkSearch implements AutoCloseable {
  private final Path links;
  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private LinkSearch(Path storeDir) throws IOException {
    links = storeDir.resolve(CorpusLinks.FOLDER);
    FSDirectory dir = Files.isDirectory(links) ? FSDirectory.open(links) : null;
    if (dir != null && !DirectoryReader.indexExists(dir)) {
      dir.close();
      dir = null;
    }
    DirectoryReader opened = null;
    try {
      if (dir != null) opened = DirectoryReader.open(dir);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
    directory = dir;
    reader = opened;
    searcher = reader == null ? null : new IndexSearcher(reader);
  }

  public static LinkSearch open(Path storeDir) throws IOException {
    return new LinkSearch(storeDir);
  }

  /**
   * False once {@code Store.link()} has committed links newer than these (or the first ones,
   * when there were none), so a long-lived reader knows to open again.
   */
  public boolean isCurrent() throws IOException {
    if (reader != null) return reader.isCurrent();
    if (!Files.isDirectory(links)) return true;
    try (FSDirectory dir = FSDirectory.open(links)) {
      return !DirectoryReader.indexExists(dir);
    }
  }

  /** An article's links: its story id (or null) and its PERSON entities' person ids by entity id. */
  public record ArticleLinks(String storyId, Map<String, String> personIds) {
    static final ArticleLinks NONE = new ArticleLinks(null, Map.of());
  }

  public ArticleLinks article(String documentId) throws IOException {
    var stored = one("article", documentId);
    if (stored == null) return ArticleLinks.NONE;
    Map<String, String> persons = new LinkedHashMap<>();
    String joined = stored.get(CorpusLinks.PERSONS);
    if (joined != null && !joined.isEmpty()) {
      for (String pair : joined.split(",")) {
        int eq = pair.indexOf('=');
        persons.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return new ArticleLinks(stored.get(CorpusLinks.STORY), persons);
  }

  /** The story as JSON ({@code id, title, first, last, documents, entities}), or null. */
  public String storyJson(String id) throws IOException {
    var stored = one("story", id);
    return stored == null ? null : stored.get(CorpusLinks.JSON);
  }

  /** The person as JSON ({@code id, name, names, roles, organizations, quotes, documents}), or null. */
  public String personJson(String id) throws IOException {
    var stored = one("person", id);
    return stored == null ? null : stored.get(CorpusLinks.JSON);
  }

  /**
   * People any of whose names hold every word of {@code query} (case-blind; blank: everyone),
   * most quoted first, as JSON objects {@code {id, name, documents, quotes}}.
   */
  public List<String> people(String query, int size) throws IOException {
    if (searcher == null) return List.of();
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(CorpusLinks.KIND, "person")), BooleanClause.Occur.FILTER);
    if (query != null) {
      // Each word once: a repeated word is the same filter, and each counts against Lucene's
      // limit of 1,024 clauses (callers keep queries to a few words).
      for (String w : new java.util.LinkedHashSet<>(List.of(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))) {
        if (!w.isEmpty()) q.add(new TermQuery(new Term(CorpusLinks.NAME_WORD, w)), BooleanClause.Occur.FILTER);
      }
    }
    Sort sort = new Sort(new SortField(CorpusLinks.QUOTE_COUNT, SortField.Type.LONG, true),
        new SortField(CorpusLinks.DOC_COUNT, SortField.Type.LONG, true));
    TopDocs top = searcher.search(q.build(), Math.max(1, size), sort);
    List<String> out = new ArrayList<>();
    var stored = searcher.storedFields();
    for (var hit : top.scoreDocs) out.add(stored.document(hit.doc).get(CorpusLinks.SUMMARY));
    return out;
  }

  private org.apache.lucene.document.Document one(String kind, String id) throws IOException {
    if (searcher == null) return null;
    var q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(CorpusLinks.KIND, kind)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(CorpusLinks.ID, id)), BooleanClause.Occur.FILTER).build();
    TopDocs top = searcher.search(q, 1);
    return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      try (directory) {
        reader.close();
      }
    }
  }
}
