package newsgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Quote;
import newsgraph.store.BulkLoad;
import newsgraph.store.Store;

/**
 * The store at corpus scale, without NLP: the synthetic corpus of {@link CopiesBenchmark} (BBC
 * sentences, planted copies), each article given a closing line that names two people (one of
 * 20,000, each with a fixed role), an organisation and a place and quotes the first person, so
 * facets, stories and people have something to count. Times the ingest into a fresh store
 * (articles/s; in bulk, or one by one as an ingest adds them), the linking of stories and people
 * (unless skipped: at a million it takes longer than the build), and then search latency
 * ({@link SearchBenchmark}); reports the store's size on disk and the peak heap.
 */
public final class StoreBenchmark {
  private static final String[] FIRST = ("Anna Tom Maria John Selin Ravi Chen Fatima Lars Olga Pedro Aiko Kwame Ines "
      + "Yusuf Marta David Leila Hugo Priya Omar Nadia Ivan Sofia Ahmed Grace Luca Mei Samuel Zara").split(" ");
  private static final String[] ROLES = {"finance minister", "chief executive", "spokesperson", "mayor", "coach",
      "central bank governor", "union leader", "prosecutor", "party leader", "analyst"};
  private static final String[] PLACES = {"London", "Geneva", "Paris", "Lagos", "Tokyo", "Lima", "Cairo", "Oslo",
      "Delhi", "Berlin", "Madrid", "Nairobi", "Seoul", "Quito", "Hanoi", "Accra"};

  private static final long EPOCH = LocalDate.of(2020, 1, 1).toEpochDay();
  private static final int PROGRESS = 25_000;
  private final CopiesBenchmark corpus;

  public StoreBenchmark(List<Article> bbc) {
    corpus = new CopiesBenchmark(bbc);
  }

  /**
   * Builds the store: in bulk ({@link Store#addAll}) unless {@code oneByOne}; links stories and
   * people unless {@code link} is false; then times search.
   */
  public void run(int n, Path dir, int batch, boolean oneByOne, boolean link, PrintWriter out) throws IOException {
    if (Files.exists(dir) && Files.list(dir).findAny().isPresent()) {
      throw new IOException("the benchmark builds a fresh store: " + dir + " is not empty");
    }
    HeapPeak.reset();
    long t0 = System.nanoTime();
    try (Store store = Store.open(dir)) {
      String how;
      if (oneByOne) {
        addOneByOne(store, n, batch, t0, out);
        how = "one by one, commit every " + String.format(Locale.ROOT, "%,d", batch);
      } else {
        BulkLoad.Result result = store.addAll(n, generated(n));
        how = String.format(Locale.ROOT, "bulk, %d threads, %,d copies", Runtime.getRuntime().availableProcessors(), result.copies());
      }
      long t1 = System.nanoTime();
      String ingestHeap = HeapPeak.since();
      out.printf(Locale.ROOT, "ingest: %,d articles in %.1f s = %,.0f articles/s (%s); peak heap %s%n",
          n, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e9), how, ingestHeap);
      out.flush();
      if (link) {
        HeapPeak.reset();
        Store.Links links = store.link();
        long t2 = System.nanoTime();
        out.printf(Locale.ROOT, "link: %.1f s: %,d stories of %,d articles, %,d people from %,d mentions; peak heap %s%n",
            (t2 - t1) / 1e9, links.stories(), links.storyArticles(), links.people(), links.mentions(), HeapPeak.since());
      } else {
        out.println("link: skipped (--no-link): no stories or people in this store");
      }
    }
    out.printf(Locale.ROOT, "store size on disk: %.0f MB%n", size(dir) / 1e6);
    out.flush();
    HeapPeak.reset();
    SearchBenchmark.run(dir, 1000, out);
    out.printf(Locale.ROOT, "search peak heap %s%n", HeapPeak.since());
    out.flush();
  }

  /** The first {@code n} articles in generation order, generated afresh on each iteration. */
  private Iterable<BulkLoad.Input> generated(int n) {
    return () -> new java.util.Iterator<>() {
      private final java.util.ArrayDeque<BulkLoad.Input> ready = new java.util.ArrayDeque<>();
      private int group;
      private int made;

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && made < n) {
          int g = group++;
          for (CopiesBenchmark.Generated gen : corpus.group(g, made)) {
            if (made >= n) break;
            int i = made++;
            ready.add(new BulkLoad.Input(document(g, i, gen), "synthetic-" + i));
          }
        }
        return !ready.isEmpty();
      }

      @Override
      public BulkLoad.Input next() {
        if (!hasNext()) throw new java.util.NoSuchElementException();
        return ready.poll();
      }
    };
  }

  /** The old path, {@link Store#add} per article (for comparison). */
  private void addOneByOne(Store store, int n, int batch, long t0, PrintWriter out) throws IOException {
    int added = 0;
    // In publication order, as a feed delivers them: a copy comes a day or more after its
    // original, with hundreds of other articles between (in generation order it came right
    // after, and every copy forced the copy finder to refresh its reader).
    java.util.PriorityQueue<Document> feed = new java.util.PriorityQueue<>(
        java.util.Comparator.comparing(Document::published).thenComparing(Document::source));
    int generated = 0;
    for (int g = 0; added < n; g++) {
      for (CopiesBenchmark.Generated gen : corpus.group(g, generated)) {
        if (generated < n) feed.add(document(g, generated++, gen));
      }
      long today = generated >= n ? Long.MAX_VALUE : g / 500;
      while (!feed.isEmpty() && feed.peek().published().toEpochDay() - EPOCH < today) {
        store.add(feed.poll(), "synthetic-" + added);
        if (++added % batch == 0) store.commit();
        if (added % PROGRESS == 0) {
          out.printf(Locale.ROOT, "  %,d articles, %.0f s%n", added, (System.nanoTime() - t0) / 1e9);
          out.flush();
        }
      }
    }
    store.commit();
  }

  /** The generated article with its closing line of people, organisation, place and quote. */
  static Document document(int group, int i, CopiesBenchmark.Generated gen) {
    SplittableRandom r = new SplittableRandom(0x73746fL * 31 + group);
    int speaker = r.nextInt(20_000);
    int other = r.nextInt(20_000);
    String who = name(speaker);
    String whom = name(other);
    String org = "Org " + Integer.toString(speaker % 700, 36).toUpperCase(Locale.ROOT) + " Group";
    String place = PLACES[r.nextInt(PLACES.length)];
    String role = ROLES[speaker % ROLES.length];
    String[] lines = gen.text().split("\n");
    String quote = lines[lines.length - 1].length() > 200 ? lines[lines.length - 1].substring(0, 200) : lines[lines.length - 1];
    quote = quote.replace('\u201c', '"').replace('\u201d', '"');
    String closing = who + ", the " + role + " of " + org + ", said in " + place + ": \u201c" + quote + "\u201d " + whom + " did not comment.";
    String text = gen.text() + closing;
    CodePointIndex index = CodePointIndex.of(text);
    int base = gen.text().length();
    int q = base + closing.indexOf('\u201c') + 1;
    int cue = base + closing.indexOf(", said") + 2;
    int o = base + closing.indexOf(org);
    int p = base + closing.indexOf(" in " + place) + 4;
    int w = base + closing.lastIndexOf(whom);
    List<Entity> entities = List.of(
        new Entity("e1", EntityType.PERSON, who, List.of(), List.of(role), List.of(new Mention(index.span(base, base + who.length()), who)), null),
        new Entity("e2", EntityType.ORGANIZATION, org, List.of(), List.of(), List.of(new Mention(index.span(o, o + org.length()), org)), null),
        new Entity("e3", EntityType.LOCATION, place, List.of(), List.of(), List.of(new Mention(index.span(p, p + place.length()), place)), null),
        new Entity("e4", EntityType.PERSON, whom, List.of(), List.of(), List.of(new Mention(index.span(w, w + whom.length()), whom)), null));
    Quote said = new Quote("q1", Quote.Kind.DIRECT, quote, index.span(q, q + quote.length()), "said",
        index.span(cue, cue + 4), "e1", new Mention(index.span(base, base + who.length()), who), 0.9);
    String title = lines[0];
    Article article = Article.builder("synthetic/" + i, text).title(title)
        .published(LocalDate.of(2020, 1, 1).plusDays(gen.day())).build();
    return Document.of(article).withEntities(entities).withQuotes(List.of(said));
  }

  private static String name(int person) {
    return FIRST[person % FIRST.length] + " " + surname(person / FIRST.length);
  }

  /** A made-up surname per number: two syllables from fixed lists, so a surname is shared by ~30 people. */
  private static String surname(int k) {
    String[] a = {"Bar", "Kel", "Mor", "Ton", "Ves", "Lin", "Dra", "Hal", "Pim", "Sor", "Gud", "Fen", "Ryl", "Cas", "Nol", "Wex"};
    String[] b = {"ton", "berg", "ova", "ez", "ski", "son", "ard", "elli", "ani", "ow", "ic", "and", "ley", "ino", "ura", "ek"};
    return a[k % a.length] + b[(k / a.length) % b.length] + (k >= 256 ? "-" + a[(k / 256) % a.length] : "");
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
