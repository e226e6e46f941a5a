package newsgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import newsgraph.analysis.StandardPipeline;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.ingest.html.ExtractedPage;
import newsgraph.ingest.html.HtmlExtractor;
import newsgraph.ingest.html.PageCharset;
import newsgraph.json.DocumentJson;
import newsgraph.pipeline.Pipeline;
import newsgraph.store.LinkSearch;
import newsgraph.store.StoreSearch;

/**
 * The HTTP API of CONTRACT §4 over one store folder: search, documents by id, and analysis of a
 * posted article without storing it. Every answer is JSON, errors included
 * ({@code {"error": "..."}}, never a stack trace); {@code /openapi.json} describes the routes.
 * The store is opened per request, so an ingest running beside the server shows up at its next
 * commit; when the folder holds no store yet, search answers 503. The pipeline (CoreNLP models,
 * ~10 s) is built once, on the first analysis.
 */
public final class ApiServer implements AutoCloseable {
  /** The largest article body {@code POST /api/analyze} accepts, in bytes. */
  public static final int MAX_BODY = 1 << 20;
  static final int PAGE_SIZE = 10;
  /** Hits reachable by paging: Lucene makes room for page times size hits before it searches. */
  static final int MAX_HITS = 10_000;
  /** Words in a people query: each is one clause, and Lucene refuses more than 1,024. */
  static final int MAX_NAME_WORDS = 32;
  private static final String CSP = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private static final String ANSWERED = "newsgraph.answered";

  private final Path storeDir;
  /** One view of the store for all requests, reopened after an ingest commits. */
  private final SharedStore store;
  private final ObjectMapper json = new ObjectMapper();
  private final Javalin app;
  private final WebPage web = new WebPage();
  private volatile Pipeline pipeline;

  private ApiServer(Path storeDir) {
    this.storeDir = Objects.requireNonNull(storeDir, "storeDir");
    this.store = new SharedStore(storeDir, this::openStore);
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = MAX_BODY;
      config.http.prefer405over404 = true;
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
      });
      config.routes.get("/api/search", this::search);
      config.routes.get("/api/documents/{id}", this::document);
      config.routes.get("/api/people", this::people);
      config.routes.get("/api/people/{id}", this::person);
      config.routes.get("/api/stories/{id}", this::story);
      config.routes.post("/api/analyze", this::analyze);
      config.routes.get("/openapi.json", this::openApi);
      config.routes.get("/", web::index);
      config.routes.get("/web/{file}", web::asset);
      config.routes.exception(Exception.class, this::failure);
      // Javalin answers some errors itself in plain text (no route matched, a chunked body over
      // the limit): replace those with JSON, but keep ours.
      config.routes.error(404, ctx -> fallback(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path()));
      config.routes.error(405, ctx -> fallback(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
      config.routes.error(413, ctx -> fallback(ctx, 413, tooLarge().getMessage()));
      config.routes.error(400, ctx -> fallback(ctx, 400, "bad request"));
      config.routes.error(500, ctx -> fallback(ctx, 500, "internal error"));
    });
  }

  /** The address served on unless told otherwise: this machine only, as {@code serve} prints. */
  public static final String LOOPBACK = "127.0.0.1";

  /**
   * Starts serving {@code storeDir} on {@code port} (0 picks a free one) of this machine's
   * loopback address only; see {@link #port()}.
   */
  public static ApiServer start(int port, Path storeDir) {
    return start(LOOPBACK, port, storeDir);
  }

  /** As {@link #start(int, Path)}, listening on {@code host} ({@code 0.0.0.0}: every interface). */
  public static ApiServer start(String host, int port, Path storeDir) {
    ApiServer server = new ApiServer(storeDir);
    server.app.start(host, port);
    return server;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops listening; requests in flight are finished first. */
  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
    try {
      store.close();
    } catch (IOException e) {
      System.err.println("newsgraph serve: closing the store failed: " + e.getMessage());
    }
  }

  private void search(Context ctx) throws IOException {
    int page = intParam(ctx, "page", 1, 1, 10_000);
    int size = intParam(ctx, "size", PAGE_SIZE, 1, 100);
    if ((long) page * size > MAX_HITS) {
      throw new ApiError(400, "'page' times 'size' is over " + MAX_HITS + ": narrow the search instead");
    }
    StoreSearch.Request request = new StoreSearch.Request(ctx.queryParam("q"), ctx.queryParam("speaker"),
        ctx.queryParam("entity"), ctx.queryParam("place"), dateParam(ctx, "from"), dateParam(ctx, "to"), page, size);
    if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
      throw new ApiError(400, "'from' (" + request.from() + ") is after 'to' (" + request.to() + ")");
    }
    StoreSearch.Result result;
    try (SharedStore.Lease view = store.acquire()) {
      result = view.search().search(request, SearchJson.MARK_START, SearchJson.MARK_END);
    }
    send(ctx, 200, SearchJson.of(json, result, page, size));
  }

  private void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9a-f]{1,64}")) throw new ApiError(404, "no document with id '" + id + "'");
    try (SharedStore.Lease view = store.acquire()) {
      StoredDocument found = StoredDocument.find(view.search(), id);
      if (found == null) throw new ApiError(404, "no document with id '" + id + "'");
      ObjectNode out = (ObjectNode) json.readTree(DocumentJson.toJson(found.document()));
      out.put("copyOf", found.copyOf());
      LinkSearch.ArticleLinks links = view.links().article(id);
      out.put("storyId", links.storyId());
      for (var entity : out.withArray("entities")) {
        if ("PERSON".equals(entity.path("type").asText())) {
          ((ObjectNode) entity).put("personId", links.personIds().get(entity.path("id").asText()));
        }
      }
      send(ctx, 200, out);
    }
  }

  private void people(Context ctx) throws IOException {
    int size = intParam(ctx, "size", 20, 1, 100);
    String q = ctx.queryParam("q");
    if (q != null && q.strip().split("[^\\p{L}\\p{N}]+").length > MAX_NAME_WORDS) {
      throw new ApiError(400, "'q' has more than " + MAX_NAME_WORDS + " words");
    }
    ObjectNode out = json.createObjectNode();
    var list = out.putArray("people");
    try (SharedStore.Lease view = store.acquire()) {
      for (String person : view.links().people(q, size)) list.add(json.readTree(person));
    }
    send(ctx, 200, out);
  }

  private void person(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    try (SharedStore.Lease view = store.acquire()) {
      String found = id.matches("p[0-9a-f]{1,32}") ? view.links().personJson(id) : null;
      if (found == null) throw new ApiError(404, "no person with id '" + id + "'");
      send(ctx, 200, (ObjectNode) json.readTree(found));
    }
  }

  private void story(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    try (SharedStore.Lease view = store.acquire()) {
      String found = id.matches("[0-9a-f]{1,64}") ? view.links().storyJson(id) : null;
      if (found == null) throw new ApiError(404, "no story with id '" + id + "'");
      send(ctx, 200, (ObjectNode) json.readTree(found));
    }
  }

  private void analyze(Context ctx) throws IOException {
    String length = ctx.header("Content-Length");
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY) throw tooLarge();
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BODY) throw tooLarge();
    String type = ctx.contentType() == null ? "text/plain"
        : ctx.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    LocalDate date = dateParam(ctx, "date");
    Article.Builder article;
    String source = "POST /api/analyze";
    switch (type) {
      case "text/html", "application/xhtml+xml" -> {
        // The Content-Type's charset is the page's HTTP declaration (PageCharset weighs it).
        ExtractedPage page = HtmlExtractor.extract(PageCharset.decode(body, charsetLabel(ctx.contentType())).text(), null);
        if (!page.hasText()) throw new ApiError(422, "the HTML holds no article text");
        article = Article.builder(page.url() != null ? page.url() : source, page.text())
            .url(page.url()).title(page.title()).byline(page.byline());
        if (page.language() != null) article.language(page.language());
        if (page.published() != null) date = page.published(); // the page's own date wins
      }
      case "text/plain" -> {
        String text = new String(body, charset(ctx.contentType()));
        if (text.isBlank()) throw new ApiError(400, "the body is empty: post the article's text or HTML");
        article = Article.builder(source, text);
      }
      default -> throw new ApiError(415, "unsupported Content-Type '" + type + "': use text/plain or text/html");
    }
    Document doc = analyzeBounded(article.published(date).build());
    ctx.status(200).contentType("application/json; charset=utf-8").result(DocumentJson.toJson(doc));
  }

  /**
   * At most one analysis per core at a time: each holds an article's models' working memory, so
   * a burst of posts waits its turn (up to {@link #ANALYZE_WAIT_SECONDS}) instead of exhausting
   * the heap, and is then told to retry.
   */
  private Document analyzeBounded(Article article) {
    boolean admitted;
    try {
      admitted = analyses.tryAcquire(ANALYZE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "interrupted while waiting to analyse; retry");
    }
    if (!admitted) throw new ApiError(503, "busy: every core is analysing; retry in a few seconds");
    try {
      return pipeline().apply(article);
    } finally {
      analyses.release();
    }
  }

  static final int ANALYZE_WAIT_SECONDS = 30;
  private final java.util.concurrent.Semaphore analyses =
      new java.util.concurrent.Semaphore(Runtime.getRuntime().availableProcessors());

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) throw new IllegalStateException("openapi.json is missing from the classpath");
      ctx.status(200).contentType("application/json; charset=utf-8").result(in.readAllBytes());
    }
  }

  private void failure(Exception e, Context ctx) {
    if (e instanceof ApiError a) {
      error(ctx, a.status, a.getMessage());
    } else if (e instanceof HttpResponseException h) {
      error(ctx, h.getStatus(), h.getStatus() == 413 ? tooLarge().getMessage() : h.getMessage());
    } else {
      // The caller learns only that it failed; the trace goes to the operator's log.
      System.err.println("newsgraph serve: " + ctx.method() + " " + ctx.path() + " failed");
      e.printStackTrace();
      error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
    }
  }

  private StoreSearch openStore() throws IOException {
    if (!Files.isDirectory(storeDir)) {
      throw new ApiError(503, "no store at " + storeDir + ": run 'newsgraph ingest --store " + storeDir + " INPUT...' first");
    }
    try {
      return StoreSearch.open(storeDir);
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("no store")) {
        throw new ApiError(503, e.getMessage() + "; run 'newsgraph ingest --store " + storeDir + " INPUT...' first");
      }
      throw e;
    }
  }

  private Pipeline pipeline() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (this) {
        if (pipeline == null) pipeline = StandardPipeline.create();
        p = pipeline;
      }
    }
    return p;
  }

  private void send(Context ctx, int status, ObjectNode body) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    try {
      ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void error(Context ctx, int status, String message) {
    ObjectNode body = json.createObjectNode().put("error", message);
    send(ctx, status, body);
  }

  private void fallback(Context ctx, int status, String message) {
    if (ctx.attribute(ANSWERED) == null) error(ctx, status, message);
  }

  private static ApiError tooLarge() {
    return new ApiError(413, "the body is larger than " + MAX_BODY + " bytes");
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return dflt;
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new ApiError(400, "'" + name + "' must be a whole number, not '" + v + "'");
    }
    if (n < min || n > max) throw new ApiError(400, "'" + name + "' must be between " + min + " and " + max + ", not " + n);
    return n;
  }

  private static LocalDate dateParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new ApiError(400, "'" + name + "' must be a date YYYY-MM-DD, not '" + v + "'");
    }
  }

  private static java.nio.charset.Charset charset(String contentType) {
    String label = charsetLabel(contentType);
    if (label == null) return StandardCharsets.UTF_8;
    try {
      return java.nio.charset.Charset.forName(label);
    } catch (IllegalArgumentException e) {
      throw new ApiError(415, "unknown charset '" + label + "'");
    }
  }

  /** The Content-Type's charset label, or null. */
  private static String charsetLabel(String contentType) {
    if (contentType == null) return null;
    var m = java.util.regex.Pattern.compile("charset=\"?([\\w.:-]+)", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(contentType);
    return m.find() ? m.group(1) : null;
  }
}
