package newsgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import newsgraph.document.Entity;
import newsgraph.server.ApiServer;
import newsgraph.store.StoreSearch;

/**
 * Load on the HTTP server over loopback: N clients (java.net.http, one connection each) send
 * requests back to back for a fixed time, first to {@code GET /api/search} (a mix of words,
 * filters and both, drawn from the store), then to {@code POST /api/analyze} (texts of the
 * store's articles). Bounded in time and in count; reports requests/s, p50, p99 and the maximum
 * per route, after a warm-up (which also loads the models for analyze).
 */
public final class ServeBenchmark {
  /** Requests per client per route at most, whatever the time. */
  static final int MAX_REQUESTS = 200_000;

  /** One route's result. */
  public record Result(String route, int requests, int errors, double seconds, double p50, double p99, double max) {
    public double perSecond() {
      return requests / seconds;
    }
  }

  private ServeBenchmark() {}

  public static List<Result> run(Path store, int clients, Duration duration, boolean analyze, PrintWriter out)
      throws IOException, InterruptedException {
    List<String> queries = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    drawRequests(store, queries, texts);
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    out.printf(Locale.ROOT, "serve bench: %d clients, %d s per route, loopback, %d cores, load average %.2f before%n",
        clients, duration.toSeconds(), Runtime.getRuntime().availableProcessors(), load);
    out.flush();
    List<Result> results = new ArrayList<>();
    try (ApiServer server = ApiServer.start(0, store)) {
      String base = "http://127.0.0.1:" + server.port();
      IntFunction<HttpRequest> search = i -> HttpRequest.newBuilder(URI.create(base + queries.get(i % queries.size())))
          .timeout(Duration.ofSeconds(60)).GET().build();
      results.add(route("search", clients, duration, search));
      report(results.get(results.size() - 1), out);
      if (analyze && !texts.isEmpty()) {
        IntFunction<HttpRequest> post = i -> HttpRequest.newBuilder(URI.create(base + "/api/analyze"))
            .timeout(Duration.ofSeconds(120)).header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(texts.get(i % texts.size()))).build();
        results.add(route("analyze", clients, duration, post));
        report(results.get(results.size() - 1), out);
      }
    }
    return results;
  }

  private static void report(Result r, PrintWriter out) {
    out.printf(Locale.ROOT, "%-8s %7d requests in %5.1f s: %8.1f req/s, p50 %7.1f ms, p99 %7.1f ms, max %7.1f ms, %d errors%n",
        r.route(), r.requests(), r.seconds(), r.perSecond(), r.p50(), r.p99(), r.max(), r.errors());
    out.flush();
  }

  /** Warm-up (a fifth of the time, at least one request per client), then the timed run. */
  static Result route(String name, int clients, Duration duration, IntFunction<HttpRequest> request)
      throws InterruptedException {
    load(clients, duration.dividedBy(5), request, 1);
    long start = System.nanoTime();
    List<long[]> perClient = load(clients, duration, request, 0);
    double seconds = (System.nanoTime() - start) / 1e9;
    int errors = 0;
    int n = 0;
    for (long[] c : perClient) n += (int) c[0];
    double[] ms = new double[n];
    int k = 0;
    for (long[] c : perClient) {
      errors += (int) c[1];
      for (int i = 0; i < c[0]; i++) ms[k++] = c[2 + i] / 1e6;
    }
    Arrays.sort(ms);
    return new Result(name, n, errors, seconds, percentile(ms, 0.50), percentile(ms, 0.99), n == 0 ? 0 : ms[n - 1]);
  }

  /**
   * Each client sends requests until the time is up; per client {count, errors, nanos...}. A
   * request that starts before the deadline is waited for, so the run ends at most one request
   * late.
   */
  private static List<long[]> load(int clients, Duration duration, IntFunction<HttpRequest> request, int minimum)
      throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicInteger next = new AtomicInteger(new SplittableRandom().nextInt(1000));
    List<long[]> results = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long[] mine = new long[2 + MAX_REQUESTS];
      results.add(mine);
      Thread t = new Thread(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        while ((System.nanoTime() < deadline || mine[0] < minimum) && mine[0] < MAX_REQUESTS) {
          long t0 = System.nanoTime();
          boolean ok;
          try {
            ok = http.send(request.apply(next.getAndIncrement()), HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
          } catch (IOException e) {
            ok = false;
          } catch (InterruptedException e) {
            return;
          }
          mine[2 + (int) mine[0]] = System.nanoTime() - t0;
          mine[0]++;
          if (!ok) mine[1]++;
        }
      }, "serve-bench-client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join();
    return results;
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) return 0;
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  /** Search paths (words, a word with a speaker or entity, a filter alone) and article texts. */
  private static void drawRequests(Path store, List<String> queries, List<String> texts) throws IOException {
    List<String> words = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> speakers = new ArrayList<>();
    try (StoreSearch search = StoreSearch.open(store)) {
      search.forEach(d -> {
        for (String w : d.text().split("\\W+")) if (w.length() > 5 && words.size() < 5000) words.add(w.toLowerCase(Locale.ROOT));
        for (Entity e : d.entities()) if (names.size() < 2000) names.add(e.name());
        d.quotes().forEach(q -> {
          String s = d.speakerName(q);
          if (s != null && speakers.size() < 2000) speakers.add(s);
        });
        if (texts.size() < 200) texts.add(d.text().length() > 6000 ? d.text().substring(0, 6000) : d.text());
      });
    }
    if (words.isEmpty()) throw new IOException("the store at " + store + " has no text to draw queries from");
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < 1000; i++) {
      String w = enc(words.get(r.nextInt(words.size())));
      queries.add(switch (i % 4) {
        case 0 -> "/api/search?q=" + w;
        case 1 -> "/api/search?q=" + w + "+" + enc(words.get(r.nextInt(words.size())));
        case 2 -> names.isEmpty() ? "/api/search?q=" + w : "/api/search?q=" + w + "&entity=" + enc(names.get(r.nextInt(names.size())));
        default -> speakers.isEmpty() ? "/api/search?q=" + w : "/api/search?speaker=" + enc(speakers.get(r.nextInt(speakers.size())));
      });
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
