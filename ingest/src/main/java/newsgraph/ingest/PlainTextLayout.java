package newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays plain text out as the contract wants it: one paragraph per line. When the text separates
 * paragraphs with blank lines, single newlines inside a block are hard wraps and become spaces;
 * when it has no blank line at all, every line is a paragraph. Paragraph edges are trimmed.
 * This is layout, like HTML's blocks becoming lines, so it is not listed among the repairs.
 */
public final class PlainTextLayout {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0\\f]*\\n");

  private PlainTextLayout() {}

  public static String layout(String text) {
    String unix = text.replace("\r\n", "\n").replace('\r', '\n');
    List<String> paragraphs = new ArrayList<>();
    if (BLANK_LINE.matcher(unix).find()) {
      for (String block : BLANK_LINE.split(unix)) {
        addParagraph(paragraphs, joinWrappedLines(block));
      }
    } else {
      for (String line : unix.split("\n")) {
        addParagraph(paragraphs, line);
      }
    }
    return String.join("\n", paragraphs);
  }

  private static String joinWrappedLines(String block) {
    StringBuilder out = new StringBuilder(block.length());
    for (String line : block.split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) continue;
      if (out.length() > 0) out.append(' ');
      out.append(l);
    }
    return out.toString();
  }

  private static void addParagraph(List<String> paragraphs, String p) {
    String stripped = p.strip();
    if (!stripped.isEmpty()) paragraphs.add(stripped);
  }
}
