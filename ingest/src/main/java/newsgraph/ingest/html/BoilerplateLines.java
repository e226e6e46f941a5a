package newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops lines that sit inside article containers without being article text: datelines and
 * "Updated" stamps, share prompts, lines with no letters; and cuts the tail from a "You may
 * also like" / "More stories" heading on, when it comes in the second half of the text.
 */
final class BoilerplateLines {
  private static final Pattern MONTH = Pattern.compile(
      "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}");
  private static final Pattern STAMP = Pattern.compile(
      "(?i)^(by |posted|published|updated|first published|last updated|date:|filed under).*");
  private static final Pattern DATE_ONLY = Pattern.compile(
      "(?i)^[\\p{L}]*,?\\s*(\\d{1,2}\\s+)?[\\p{L}]+\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}.{0,20}$"
          + "|^\\d{1,2}\\s+[\\p{L}]+\\.?\\s+\\d{4}.{0,20}$|^\\d{4}-\\d{2}-\\d{2}.{0,12}$");
  private static final Pattern PROMPT = Pattern.compile(
      "(?i)(sharing is caring|share (it|this)( story| article)?( with a friend)?|tell us what you think"
          + "|back to top|advert|sponsored( links)?|don'?t miss|must read.*|popular on .*|more:?"
          + "|(subscribe|sign up)( to| for)? .*(newsletter|inbox|updates|stories|writers).*"
          + "|get the latest .* inbox.*|like this story.*|post comment.*|leave a (comment|reply).*)[.!?]*");
  private static final Pattern TAIL_HEADING = Pattern.compile(
      "(?i)(you (may|might) also like|more great .* stories|related (news|articles|stories|posts|coverage)"
          + "|more (stories|news) from .*|more in .*|recommended( for you)?|read (more|next)|also read"
          + "|trending( now)?|most (read|popular))[:.!]*");

  private BoilerplateLines() {}

  static List<String> filter(List<String> lines) {
    int total = 0;
    for (String l : lines) total += l.length();
    List<String> out = new ArrayList<>();
    int seen = 0;
    for (String line : lines) {
      if (TAIL_HEADING.matcher(line).matches() && seen > total / 2) break;
      seen += line.length();
      if (isBoilerplate(line)) continue;
      out.add(line);
    }
    return out;
  }

  private static boolean isBoilerplate(String line) {
    if (line.codePoints().noneMatch(Character::isLetter)) return true;
    if (PROMPT.matcher(line).matches()) return true;
    if (line.length() > 120) return false;
    // A stamp is not a sentence: "By March 2020 the bridge had..." ends like one and stays.
    boolean sentence = line.matches(".*[.!?\"”]$") && line.split(" ").length > 8;
    return DATE_ONLY.matcher(line).matches()
        || STAMP.matcher(line).matches() && MONTH.matcher(line).find() && !sentence;
  }
}
