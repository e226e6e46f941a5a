package newsgraph.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's title, byline, date, URL and language, most trusted source first: JSON-LD
 * (schema.org NewsArticle and kin), then OpenGraph and meta tags, then the markup itself
 * ({@code <time datetime>}, {@code <h1>}, {@code <title>}). Read before the page is cleaned.
 */
record PageMetadata(String title, String byline, LocalDate published, String url, String language) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern LANGUAGE = Pattern.compile("([A-Za-z]{2,3})(?:[-_].*)?");
  private static final int MAX_JSON_NODES = 20_000;

  static PageMetadata of(Document doc) {
    JsonLd ld = JsonLd.read(doc);
    String title = first(ld.headline, meta(doc, "og:title"), meta(doc, "twitter:title"),
        text(doc.selectFirst("h1")), doc.title());
    String byline = first(ld.author, notUrl(meta(doc, "author")), notUrl(meta(doc, "article:author")),
        notUrl(meta(doc, "byl")), shortText(doc.selectFirst("[rel=author]")),
        shortText(doc.selectFirst("[itemprop=author]")));
    LocalDate published = firstDate(ld.datePublished, meta(doc, "article:published_time"),
        meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publish-date"),
        meta(doc, "og:published_time"), meta(doc, "dc.date"), meta(doc, "sailthru.date"),
        attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
        attr(doc.selectFirst("time[datetime]"), "datetime"));
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String url = first(meta(doc, "og:url"), canonical == null ? null : canonical.absUrl("href"),
        canonical == null ? null : canonical.attr("href"), ld.url);
    String language = firstLanguage(attr(doc.selectFirst("html[lang]"), "lang"),
        attr(doc.selectFirst("meta[http-equiv=content-language]"), "content"), meta(doc, "og:locale"),
        ld.inLanguage);
    return new PageMetadata(title, byline, published, url, language);
  }

  /** The first article object in the page's JSON-LD, read field by field. */
  private static final class JsonLd {
    String headline, author, datePublished, url, inLanguage;

    static JsonLd read(Document doc) {
      JsonLd found = new JsonLd();
      for (Element script : doc.select("script[type=application/ld+json]")) {
        JsonNode root;
        try {
          root = JSON.readTree(script.data());
        } catch (IOException | RuntimeException e) {
          continue; // broken JSON-LD is common; the meta tags still count
        }
        if (root == null) continue;
        // A breadth-first walk, not recursion: @graph, arrays and nested objects alike.
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_JSON_NODES) {
          JsonNode node = queue.poll();
          if (node.isObject() && isArticle(node.get("@type"))) {
            found.fill(node);
            if (found.headline != null && found.datePublished != null) return found;
          }
          if (node.isContainerNode()) node.forEach(queue::add);
        }
      }
      return found;
    }

    private void fill(JsonNode article) {
      if (headline == null) headline = string(article.get("headline"));
      if (author == null) author = names(article.get("author"));
      if (datePublished == null) datePublished = string(article.get("datePublished"));
      if (url == null) url = string(article.get("url"));
      if (inLanguage == null) inLanguage = string(article.get("inLanguage"));
    }

    private static boolean isArticle(JsonNode type) {
      if (type == null) return false;
      if (type.isArray()) {
        for (JsonNode t : type) if (isArticle(t)) return true;
        return false;
      }
      String t = type.asText();
      return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting");
    }

    private static String names(JsonNode author) {
      if (author == null) return null;
      List<String> names = new ArrayList<>();
      for (JsonNode a : author.isArray() ? author : List.of(author)) {
        String name = a.isObject() ? string(a.get("name")) : string(a);
        if (name != null && notUrl(name) != null && !names.contains(name)) names.add(name);
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String string(JsonNode v) {
      if (v == null || !v.isValueNode()) return null;
      String s = v.asText().strip();
      return s.isEmpty() ? null : s;
    }
  }

  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("itemprop"))) {
        String v = m.attr("content").strip();
        if (!v.isEmpty()) return v;
      }
    }
    return null;
  }

  private static String attr(Element e, String name) {
    if (e == null) return null;
    String v = e.attr(name).strip();
    return v.isEmpty() ? null : v;
  }

  private static String text(Element e) {
    if (e == null) return null;
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }

  private static String shortText(Element e) {
    String t = text(e);
    return t != null && t.length() <= 100 ? t : null;
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http://") || s.startsWith("https://") || s.startsWith("/") ? null : s;
  }

  private static String first(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

  /** The first value that starts with an ISO date; date-times keep their date as written. */
  static LocalDate firstDate(String... values) {
    for (String v : values) {
      if (v == null) continue;
      Matcher m = ISO_DATE.matcher(v.strip());
      if (!m.lookingAt()) continue;
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        // an impossible date (2024-13-45): try the next source
      }
    }
    return null;
  }

  private static String firstLanguage(String... values) {
    for (String v : values) {
      if (v == null) continue;
      Matcher m = LANGUAGE.matcher(v.strip());
      if (m.matches()) return m.group(1).toLowerCase(Locale.ROOT);
    }
    return null;
  }
}
