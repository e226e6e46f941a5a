package newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the element holding a page's main text, in the manner of Readability: boilerplate is
 * removed first (by tag, then by class/id hints), then every paragraph gives points to its
 * ancestors, weighted by its length and commas; an ancestor's points are cut by its link density
 * and moved by its class/id hints, and the best one wins. All walks are loops over jsoup's
 * flat element lists, never recursion, so a page nested 10,000 deep cannot overflow the stack.
 */
final class MainContent {
  private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template",
      "iframe", "svg", "canvas", "button", "input", "select", "textarea", "nav", "footer",
      "aside", "figure", "figcaption", "picture", "video", "audio", "object", "embed", "dialog",
      "menu", "header", "h1", "label", "map", "math");
  private static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|^ad-|-ads?$|^ads?$|\\bads?\\b|advert|ai2html|agegate|banner|breadcrumb|byline|caption|combx"
          + "|comment|community|consent|cookie|cover-wrap|credit|disqus|dateline|extra|footer|gdpr|header"
          + "|legends|menu|modal|newsletter|outbrain|pager|pagination|paywall|popup|promo|recirc|related"
          + "|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscribe"
          + "|supplemental|taboola|tags|toolbar|tools|trending|most-?popular|read-?more|signup|hidden"
          + "|author|timestamp|published|meta-?data|post-?meta|article-?meta|kicker|rating|print|email"
          + "|widget|nav\\b|navigation|masthead|top-?stories|recommend|teaser|carousel|video|slideshow"
          + "|gallery|inline-?image|photo|image|figure|media");
  private static final Pattern STRONG = Pattern.compile(
      "comment|disqus|replies|related|footer|sidebar|cookie|gdpr|newsletter|share|social|outbrain"
          + "|taboola|recirc|promo|most-?popular|trending|recommend");
  private static final Pattern COMMENTS = Pattern.compile("comment|disqus|replies|respond");
  private static final Pattern MAYBE = Pattern.compile(
      "and|article|body|column|content|main|shadow|story|entry|text|post");
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr"
          + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
          + "|sponsor|shopping|tags|tool|widget|social|newsletter|recirc|subscribe",
      Pattern.CASE_INSENSITIVE);
  /** Elements that hold a page's paragraphs, and so get their ancestors scored. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote",
      "dd", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul");

  private MainContent() {}

  /** Removes boilerplate from {@code doc} and returns the main-text container (body if unsure). */
  static Element find(Document doc) {
    Element body = doc.body();
    removeBoilerplate(body);
    TextStats stats = TextStats.of(body);
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      boolean paragraph = PARAGRAPHS.contains(e.normalName())
          || e.normalName().equals("div") && !hasBlockChild(e);
      if (!paragraph) continue;
      int length = stats.length(e);
      if (length < 25) continue;
      double points = 1 + stats.commas(e) + Math.min(length / 100, 3);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        if (ancestor == doc) break;
        if (!scores.containsKey(ancestor)) scores.put(ancestor, initialScore(ancestor));
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.put(ancestor, scores.get(ancestor) + points / divider);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - stats.linkDensity(entry.getKey()));
      if (best == null || score > bestScore) {
        best = entry.getKey();
        bestScore = score;
      }
    }
    if (best == null) return body;
    // A container whose parent holds the same text is only a wrapper: the parent may hold more.
    while (best.parent() != null && best.parent() != doc && best.parent() != body
        && stats.length(best.parent()) > 0 && stats.length(best) >= 0.9 * stats.length(best.parent())) {
      best = best.parent();
    }
    best = withSiblings(best, bestScore, scores, stats);
    cleanInside(best, stats);
    return best;
  }

  /** Siblings that score well or read as prose belong with the winner (split article bodies). */
  private static Element withSiblings(Element best, double bestScore, Map<Element, Double> scores,
      TextStats stats) {
    Element parent = best.parent();
    if (parent == null || parent.normalName().equals("body") && parent.childrenSize() > 50) return best;
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> keep = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        keep.add(sibling);
        continue;
      }
      Double score = scores.get(sibling);
      double density = stats.linkDensity(sibling);
      int length = stats.length(sibling);
      boolean good = score != null && score * (1 - density) >= threshold;
      // Bodies split into runs of look-alike boxes (<div class="group">...) come back together.
      if (!good && !best.className().isEmpty() && sibling.className().equals(best.className())) {
        good = length > 0 && density < 0.3;
      }
      if (!good && sibling.normalName().equals("p")) {
        good = length > 80 && density < 0.25 || length > 0 && density == 0 && hasSentenceEnd(sibling);
      }
      if (good) keep.add(sibling);
    }
    if (keep.size() == 1) return best;
    Element wrapper = new Element("div");
    for (Element e : keep) wrapper.appendChild(e.clone());
    return wrapper;
  }

  private static boolean hasSentenceEnd(Element p) {
    String t = p.text();
    return t.length() > 20 && (t.endsWith(".") || t.endsWith("!") || t.endsWith("?"));
  }

  /** Removes link lists and promo boxes left inside the chosen container. */
  private static void cleanInside(Element container, TextStats stats) {
    for (Element e : container.getAllElements()) {
      if (e == container || e.parent() == null) continue;
      String tag = e.normalName();
      if (!(tag.equals("div") || tag.equals("section") || tag.equals("ul") || tag.equals("ol")
          || tag.equals("table") || tag.equals("dl"))) continue;
      int length = stats.length(e);
      double density = stats.linkDensity(e);
      double weight = classWeight(e);
      if (weight < 0 && length < 1000 || density > 0.5 || density > 0.25 && weight < 0) {
        e.remove();
      }
    }
  }

  private static void removeBoilerplate(Element body) {
    TextStats before = TextStats.of(body);
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) continue;
      if (DROPPED_TAGS.contains(e.normalName()) || isHidden(e)) {
        doomed.add(e);
        continue;
      }
      // Some sites wrap the whole page in one <form>; only small forms are search boxes and sign-ups.
      if (e.normalName().equals("form") && before.plainLength(e) < 0.5 * before.plainLength(body)) {
        doomed.add(e);
        continue;
      }
      String hints = hints(e);
      if (hints.isEmpty() || e.normalName().equals("article") || e.normalName().equals("main")) continue;
      if (!UNLIKELY.matcher(hints).find()) continue;
      // Weak hints ("widget", "media") also name article wrappers, so a box of prose stays
      // unless its hint is strong; one that also says "content" or "article" goes only if small.
      int length = before.length(e);
      boolean small = length < 200 && !PARAGRAPHS.contains(e.normalName());
      boolean prose = length >= 1000 && before.linkDensity(e) < 0.3 && !STRONG.matcher(hints).find();
      // Most of the page's text: the article's wrapper, whatever its class says ("has-sidebar").
      boolean majority = (before.paragraphLength(e) > 0.5 * before.paragraphLength(body)
          || before.plainLength(e) > 0.5 * before.plainLength(body)) && !COMMENTS.matcher(hints).find();
      if (MAYBE.matcher(hints).find() ? small : !prose && !majority) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) e.remove();
  }

  private static String hints(Element e) {
    String hints = (e.className() + " " + e.id()).strip();
    return hints.toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) return true;
    String style = e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) if (BLOCKS.contains(child.normalName())) return true;
    return false;
  }

  private static double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return score + classWeight(e);
  }

  private static double classWeight(Element e) {
    double weight = 0;
    for (String hint : new String[] {e.className(), e.id()}) {
      if (hint.isEmpty()) continue;
      if (NEGATIVE.matcher(hint).find()) weight -= 25;
      if (POSITIVE.matcher(hint).find()) weight += 25;
    }
    return weight;
  }

  /** Text length, link-text length, commas and paragraph text of every element, children first. */
  static final class TextStats {
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    static TextStats of(Element root) {
      TextStats stats = new TextStats();
      Elements all = root.getAllElements();
      // getAllElements is in document order; backwards, every child comes before its parent.
      for (int i = all.size() - 1; i >= 0; i--) {
        Element e = all.get(i);
        int[] c = new int[4];
        for (Node child : e.childNodes()) {
          if (child instanceof TextNode t) {
            String s = t.text().strip();
            c[0] += s.length();
            c[2] += count(s, ',');
          } else if (child instanceof Element ce) {
            int[] cc = stats.counts.get(ce);
            if (cc == null) continue;
            c[0] += cc[0];
            c[1] += ce.normalName().equals("a") ? cc[0] : cc[1];
            c[2] += cc[2];
            c[3] += ce.normalName().equals("p") ? cc[0] : cc[3];
          }
        }
        stats.counts.put(e, c);
      }
      return stats;
    }

    int length(Element e) {
      int[] c = counts.get(e);
      return c == null ? 0 : c[0];
    }

    /** Text inside {@code <p>} elements: prose, as opposed to menus and link lists. */
    int paragraphLength(Element e) {
      int[] c = counts.get(e);
      return c == null ? 0 : c[3];
    }

    /** Text outside links. */
    int plainLength(Element e) {
      int[] c = counts.get(e);
      return c == null ? 0 : c[0] - c[1];
    }

    int commas(Element e) {
      int[] c = counts.get(e);
      return c == null ? 0 : c[2];
    }

    double linkDensity(Element e) {
      int[] c = counts.get(e);
      return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }

    private static int count(String s, char ch) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ch) n++;
      return n;
    }
  }
}
