package newsgraph.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web page at {@code /}: static files from the jar ({@code newsgraph/server/web/}), which
 * talk only to the {@code /api} routes. Files are read once and answered with an ETag, so a
 * reload on a slow laptop costs a 304 per file. Only plain names with a known extension are
 * served: no paths, so nothing else on the classpath can be reached.
 */
final class WebPage {
  private static final String ROOT = "/newsgraph/server/web/";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|js|css|json|svg)");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "svg", "image/svg+xml");

  private record Asset(byte[] bytes, String type, String etag) {}

  private final Map<String, Asset> cache = new ConcurrentHashMap<>();

  void index(Context ctx) {
    answer(ctx, "index.html");
  }

  void asset(Context ctx) {
    answer(ctx, ctx.pathParam("file"));
  }

  private void answer(Context ctx, String name) {
    Asset a = NAME.matcher(name).matches() ? cache.computeIfAbsent(name, WebPage::load) : null;
    if (a == null) throw new ApiError(404, "no such file: /web/" + name);
    ctx.header("ETag", a.etag());
    ctx.header("Cache-Control", "no-cache");
    if (a.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.status(200).contentType(a.type()).result(a.bytes());
  }

  private static Asset load(String name) {
    try (InputStream in = WebPage.class.getResourceAsStream(ROOT + name)) {
      if (in == null) return null; // not remembered: any number of made-up names must not grow the cache
      byte[] bytes = in.readAllBytes();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Asset(bytes, TYPES.get(ext), "\"" + HexFormat.of().formatHex(digest, 0, 8) + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
