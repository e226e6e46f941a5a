package newsgraph.ingest.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import newsgraph.document.Article;
import newsgraph.ingest.ArticleReader;
import newsgraph.ingest.ArticleSink;

/**
 * Peak memory while ingesting a big WARC: reading and HTML extraction only (no analysis), with the
 * default article limit. {@code WarcMemoryBench FILE [MB]} writes FILE first when it does not
 * exist: MB (default 1024) of response records, news-like pages of 10-120 KB with navigation,
 * paragraphs and link lists, every 50th an image, every 100th a 6 MB page (over the limit).
 * Run it with {@code bin/bench-warc-memory}, which prints the peak RSS.
 */
public final class WarcMemoryBench {
  private static final String[] WORDS = ("the council said on monday that river bridge repairs would cost four million euros "
      + "and take until autumn while residents complained about noise traffic and the closure of the old market square "
      + "minister spokeswoman police reported flood rain storm election vote budget school hospital").split(" ");

  private WarcMemoryBench() {}

  public static void main(String[] args) throws IOException {
    Path file = Paths.get(args.length > 0 ? args[0] : "/tmp/newsgraph-bench.warc");
    long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1024;
    if (!Files.exists(file)) {
      long start = System.nanoTime();
      long records = generate(file, megabytes * 1024 * 1024);
      System.out.printf(Locale.ROOT, "generated %s: %,d records, %,d bytes in %.1f s%n", file, records, Files.size(file),
          (System.nanoTime() - start) / 1e9);
    }
    long[] counts = new long[3];
    ArticleSink sink = new ArticleSink() {
      @Override public void accept(Article article) {
        counts[0]++;
        counts[2] += article.text().length();
      }

      @Override public void skip(String source, String reason) {
        counts[1]++;
      }
    };
    long start = System.nanoTime();
    new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, null)
        .read(List.of(file.toString()), new ByteArrayInputStream(new byte[0]), sink);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) peakHeap += pool.getPeakUsage().getUsed();
    }
    System.out.printf(Locale.ROOT, "read %,d bytes: %,d articles (%,d chars of text), %,d skipped, in %.1f s (%.1f MB/s)%n",
        Files.size(file), counts[0], counts[2], counts[1], seconds, Files.size(file) / seconds / 1e6);
    System.out.printf(Locale.ROOT, "max heap %d MB, peak heap used %d MB, peak RSS (VmHWM) %s%n",
        Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20, vmHwm());
  }

  private static String vmHwm() throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) return line.substring(6).strip();
    }
    return "unknown";
  }

  private static long generate(Path file, long bytes) throws IOException {
    Random random = new Random(8);
    long records = 0;
    long written = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      while (written < bytes) {
        records++;
        String uri = "https://news.example/" + records;
        byte[] body;
        String type;
        if (records % 50 == 0) {
          body = new byte[20_000];
          random.nextBytes(body);
          type = "image/jpeg";
        } else {
          body = page(random, records % 100 == 1 ? 6_000_000 : 10_000 + random.nextInt(110_000), records)
              .getBytes(StandardCharsets.UTF_8);
          type = "text/html; charset=utf-8";
        }
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        byte[] header = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + new UUID(records, 8)
            + ">\r\nWARC-Date: 2026-02-14T10:00:00Z\r\nWARC-Target-URI: " + uri
            + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length + body.length)
            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        out.write(header);
        out.write(http);
        out.write(body);
        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        written += header.length + http.length + body.length + 4;
      }
    }
    return records;
  }

  private static String page(Random random, int size, long n) {
    StringBuilder html = new StringBuilder(size + 1000);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story ").append(n)
        .append("</title><meta property=\"article:published_time\" content=\"2026-02-1").append(n % 10)
        .append("\"></head><body><nav><ul>");
    for (int i = 0; i < 30; i++) html.append("<li><a href=\"/s").append(i).append("\">Section ").append(i).append("</a></li>");
    html.append("</ul></nav><div class=\"share\">Share</div><article><h1>Story ").append(n).append("</h1>");
    while (html.length() < size - 2000) {
      html.append("<p>");
      for (int w = 20 + random.nextInt(60); w > 0; w--) {
        html.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ", " : " ");
      }
      html.append("end.</p>\n");
    }
    html.append("</article><aside><ul>");
    for (int i = 0; i < 10; i++) html.append("<li><a href=\"/r").append(i).append("\">Related story ").append(i).append("</a></li>");
    return html.append("</ul></aside><footer>(c) News</footer></body></html>").toString();
  }
}
