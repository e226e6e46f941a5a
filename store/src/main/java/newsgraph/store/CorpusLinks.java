package newsgraph.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import newsgraph.document.Document;
import newsgraph.json.DocumentJson;
import newsgraph.people.PersonMention;
import newsgraph.people.PersonMentions;
import newsgraph.people.PersonProfiles;
import newsgraph.people.PersonResolver;
import newsgraph.stories.StoryDetector;
import newsgraph.stories.StoryFeatures;
import newsgraph.stories.StorySummaries;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Links across the corpus, recomputed from every stored article: stories ({@link StoryDetector})
 * and people ({@link PersonResolver}), written into a second index in the store's {@code links}
 * folder, replaced whole in one commit. Recomputing over the whole corpus keeps the answer
 * independent of the order articles came in, so a rerun gives the same ids. Two passes over the
 * stored articles: features first, then the stories' and people's summaries.
 */
final class CorpusLinks {
  static final String FOLDER = "links";
  static final String KIND = "kind";
  static final String ID = "id";
  static final String STORY = "story";
  static final String PERSONS = "persons";
  static final String JSON = "json";
  static final String SUMMARY = "summary";
  static final String NAME_WORD = "nameWord";
  static final String QUOTE_COUNT = "quoteCount";
  static final String DOC_COUNT = "docCount";
  /** Quotes and articles listed per person: the first ones in time order, with the totals beside. */
  static final int MAX_LISTED = 2000;
  /** Names, roles and organisations listed per person: the commonest ones, with the totals beside. */
  static final int MAX_FACETS = 100;

  private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

  private CorpusLinks() {}

  static Store.Links rebuild(DirectoryReader reader, Path storeDir) throws IOException {
    return rebuild(reader, storeDir, id -> {});
  }

  /**
   * As {@link #rebuild(DirectoryReader, Path)}, calling {@code written} after each article's
   * links are added (tests fail there to check that a failure leaves the old links whole).
   */
  static Store.Links rebuild(DirectoryReader reader, Path storeDir, Consumer<String> written) throws IOException {
    StoryDetector stories = new StoryDetector();
    PersonResolver people = new PersonResolver();
    int[] articles = {0};
    int[] mentions = {0};
    forEach(reader, (doc, copyOf) -> {
      articles[0]++;
      stories.add(StoryFeatures.of(doc, copyOf));
      for (PersonMention m : PersonMentions.of(doc)) {
        people.add(m);
        mentions[0]++;
      }
    });
    Map<String, String> storyOf = stories.stories();
    PersonResolver.Resolution resolution = people.resolve();
    StorySummaries summaries = new StorySummaries();
    PersonProfiles profiles = new PersonProfiles(MAX_LISTED);
    try (FSDirectory dir = FSDirectory.open(storeDir.resolve(FOLDER));
        // CREATE replaces the old links only at the commit below; without commit-on-close, a
        // failure half-way rolls back on close and readers keep the old links whole.
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig()
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(false))) {
      forEach(reader, (doc, copyOf) -> {
        String story = storyOf.get(doc.id());
        if (story != null) summaries.add(doc, copyOf, story);
        Map<String, String> personOf = new HashMap<>();
        StringJoiner persons = new StringJoiner(",");
        for (var e : doc.entities()) {
          String p = resolution.personOf().get(PersonMention.key(doc.id(), e.id()));
          if (p != null) {
            personOf.put(e.id(), p);
            persons.add(e.id() + "=" + p);
          }
        }
        profiles.add(doc, personOf);
        if (story == null && personOf.isEmpty()) return;
        var d = new org.apache.lucene.document.Document();
        d.add(new StringField(KIND, "article", Field.Store.NO));
        d.add(new StringField(ID, doc.id(), Field.Store.YES));
        if (story != null) d.add(new StoredField(STORY, story));
        d.add(new StoredField(PERSONS, persons.toString()));
        add(writer, d);
        written.accept(doc.id());
      });
      for (String id : summaries.ids()) {
        var d = new org.apache.lucene.document.Document();
        d.add(new StringField(KIND, "story", Field.Store.NO));
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new StoredField(JSON, write(storyJson(summaries.summary(id)))));
        writer.addDocument(d);
      }
      for (PersonResolver.Person person : resolution.people().values()) {
        PersonProfiles.Profile p = profiles.profile(person);
        var d = new org.apache.lucene.document.Document();
        d.add(new StringField(KIND, "person", Field.Store.NO));
        d.add(new StringField(ID, p.id(), Field.Store.YES));
        for (String name : p.names()) {
          for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) d.add(new StringField(NAME_WORD, w, Field.Store.NO));
          }
        }
        d.add(new NumericDocValuesField(QUOTE_COUNT, p.quotesTotal()));
        d.add(new NumericDocValuesField(DOC_COUNT, p.documentsTotal()));
        d.add(new StoredField(SUMMARY, write(JSON_MAPPER.createObjectNode().put("id", p.id()).put("name", p.name())
            .put("documents", p.documentsTotal()).put("quotes", p.quotesTotal()))));
        d.add(new StoredField(JSON, write(personJson(p))));
        writer.addDocument(d);
      }
      writer.commit();
    }
    return new Store.Links(articles[0], summaries.ids().size(), storyOf.size(), resolution.people().size(), mentions[0]);
  }

  private static void add(IndexWriter writer, org.apache.lucene.document.Document d) {
    try {
      writer.addDocument(d);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every live stored article with its copyOf, in index order. */
  private static void forEach(DirectoryReader reader, BiConsumer<Document, String> action) throws IOException {
    for (var leaf : reader.leaves()) {
      var live = leaf.reader().getLiveDocs();
      var stored = leaf.reader().storedFields();
      for (int i = 0; i < leaf.reader().maxDoc(); i++) {
        if (live != null && !live.get(i)) continue;
        var fields = stored.document(i, java.util.Set.of(Store.JSON, Store.COPY_OF));
        action.accept(DocumentJson.read(fields.get(Store.JSON)), fields.get(Store.COPY_OF));
      }
    }
  }

  static ObjectNode storyJson(StorySummaries.Summary s) {
    ObjectNode out = JSON_MAPPER.createObjectNode();
    out.put("id", s.id());
    out.put("title", s.title());
    out.put("first", day(s.first()));
    out.put("last", day(s.last()));
    ArrayNode docs = out.putArray("documents");
    for (StorySummaries.Member m : s.documents()) {
      docs.addObject().put("id", m.id()).put("title", m.title()).put("source", m.source())
          .put("published", day(m.published())).put("copyOf", m.copyOf());
    }
    ArrayNode entities = out.putArray("entities");
    for (StorySummaries.EntityCount e : s.entities()) {
      entities.addObject().put("name", e.name()).put("type", e.type()).put("count", e.count());
    }
    return out;
  }

  static ObjectNode personJson(PersonProfiles.Profile p) {
    ObjectNode out = JSON_MAPPER.createObjectNode();
    out.put("id", p.id());
    out.put("name", p.name());
    ArrayNode names = out.putArray("names");
    // The names come commonest first (full forms first), organisations too.
    p.names().stream().limit(MAX_FACETS).forEach(names::add);
    out.put("namesTotal", p.names().size());
    ArrayNode roles = out.putArray("roles");
    // The commonest roles, still in time order.
    List<PersonProfiles.RoleSpan> common = p.roles().stream()
        .sorted(java.util.Comparator.comparingInt(PersonProfiles.RoleSpan::documents).reversed())
        .limit(MAX_FACETS).toList();
    for (PersonProfiles.RoleSpan r : p.roles()) {
      if (p.roles().size() > MAX_FACETS && !common.contains(r)) continue;
      roles.addObject().put("role", r.role()).put("first", day(r.first())).put("last", day(r.last()))
          .put("documents", r.documents());
    }
    out.put("rolesTotal", p.roles().size());
    ArrayNode orgs = out.putArray("organizations");
    for (PersonProfiles.OrganizationCount o : p.organizations().stream().limit(MAX_FACETS).toList()) {
      orgs.addObject().put("name", o.name()).put("count", o.count());
    }
    out.put("organizationsTotal", p.organizations().size());
    ArrayNode quotes = out.putArray("quotes");
    for (PersonProfiles.QuoteRef q : first(p.quotes())) {
      quotes.addObject().put("documentId", q.documentId()).put("title", q.title()).put("published", day(q.published()))
          .put("text", q.text()).put("type", q.type()).put("cue", q.cue());
    }
    out.put("quotesTotal", p.quotesTotal());
    ArrayNode docs = out.putArray("documents");
    for (PersonProfiles.DocumentRef d : first(p.documents())) {
      docs.addObject().put("id", d.id()).put("title", d.title()).put("published", day(d.published()));
    }
    out.put("documentsTotal", p.documentsTotal());
    return out;
  }

  private static <T> List<T> first(List<T> list) {
    return list.size() <= MAX_LISTED ? list : list.subList(0, MAX_LISTED);
  }

  private static String day(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String write(ObjectNode node) {
    try {
      return JSON_MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
