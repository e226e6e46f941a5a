package newsgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import newsgraph.document.Document;
import newsgraph.document.Quote;
import newsgraph.store.StoreSearch;

/** A page of search results as the API returns it (CONTRACT §4). */
final class SearchJson {
  // Private-use characters cannot come from a news text after repair, so they mark the matches
  // through the HTML escaping and are then turned into tags.
  static final String MARK_START = "\uE000";
  static final String MARK_END = "\uE001";

  private SearchJson() {}

  static ObjectNode of(ObjectMapper json, StoreSearch.Result result, int page, int size) {
    ObjectNode out = json.createObjectNode();
    out.put("total", result.total());
    out.put("page", page);
    out.put("size", size);
    ArrayNode hits = out.putArray("hits");
    for (StoreSearch.Hit hit : result.hits()) {
      Document d = hit.document();
      ObjectNode h = hits.addObject();
      h.put("id", d.id());
      h.put("title", d.title());
      h.put("source", d.source());
      h.put("published", d.published() == null ? null : d.published().toString());
      h.put("copyOf", hit.copyOf());
      h.put("score", hit.score());
      h.put("snippet", hit.snippet() == null ? null : markedHtml(hit.snippet()));
      ArrayNode quotes = h.putArray("quotes");
      for (Quote q : hit.quotes()) {
        ObjectNode qn = quotes.addObject();
        qn.put("id", q.id());
        qn.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
        qn.put("text", q.text());
        qn.put("cue", q.cue());
        qn.put("speaker", q.speaker());
        qn.put("speakerName", d.speakerName(q));
      }
    }
    ObjectNode facets = out.putObject("facets");
    for (Map.Entry<String, Map<String, Integer>> dim : result.facets().entrySet()) {
      ArrayNode values = facets.putArray(dim.getKey());
      dim.getValue().forEach((value, count) -> values.addObject().put("value", value).put("count", count));
    }
    return out;
  }

  /** The snippet HTML-escaped, with {@code <mark>} around the matches. */
  static String markedHtml(String snippet) {
    return escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
