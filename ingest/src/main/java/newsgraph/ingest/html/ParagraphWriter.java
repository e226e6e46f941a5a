package newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes an element's text one paragraph per line, as the contract lays out plain text: every
 * block element and {@code <br>} ends a line, whitespace inside a line collapses to one space.
 * Lines that are mostly link text, or stock furniture ("Advertisement"), are dropped.
 * Walks with jsoup's {@link NodeTraversor}, which is iterative.
 */
final class ParagraphWriter implements NodeVisitor {
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote",
      "br", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figure", "footer", "form",
      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
      "section", "summary", "table", "tr", "ul", "caption", "tbody", "thead");
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)advertisement|advertising|ad|sponsored|continue reading( below)?|read more|related"
          + "|related (articles|stories|coverage)|share( this)?( article| story)?|story continues below"
          + "|skip (to content|advertisement)|(subscribe|sign up)( now)?|click here.*|loading\\.*"
          + "|image|photo|video|watch|listen|print|email|comments?");

  private final List<String> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private int linkChars;
  private int linkDepth;

  private ParagraphWriter() {}

  static List<String> paragraphs(Element root) {
    ParagraphWriter writer = new ParagraphWriter();
    NodeTraversor.traverse(writer, root);
    writer.endLine();
    return writer.lines;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText());
    } else if (node instanceof Element e) {
      if (BLOCKS.contains(e.normalName())) endLine();
      else if (e.normalName().equals("td") || e.normalName().equals("th")) append(" ");
      if (e.normalName().equals("a")) linkDepth++;
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      if (e.normalName().equals("a")) linkDepth--;
      if (BLOCKS.contains(e.normalName())) endLine();
    }
  }

  private void append(String text) {
    boolean space = line.length() > 0 && line.charAt(line.length() - 1) == ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space && line.length() > 0) line.append(' ');
        space = true;
      } else {
        line.append(c);
        space = false;
        if (linkDepth > 0) linkChars++;
      }
    }
  }

  private void endLine() {
    String text = line.toString().strip();
    int letters = 0;
    for (int i = 0; i < text.length(); i++) if (!Character.isWhitespace(text.charAt(i))) letters++;
    boolean linky = letters > 0 && linkChars > 0.5 * letters;
    String bare = text.replaceAll("[\\p{Punct}\\s]+$", "");
    if (!text.isEmpty() && !linky && !FURNITURE.matcher(bare).matches()) lines.add(text);
    line.setLength(0);
    linkChars = 0;
  }
}
