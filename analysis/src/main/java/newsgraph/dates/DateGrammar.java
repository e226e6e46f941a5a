package newsgraph.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.document.DateMention.Granularity;

/**
 * The date expressions we recognise, each a regular expression and a way to resolve a match.
 * Month and weekday names must be capitalised ("may", "march" are verbs); a bare month also needs
 * a preposition or modifier before it ("in May", "last March"), so the modal at a sentence's
 * start and the surname are not dates. A year is a four-digit number not followed by a unit or a
 * plural noun ("2000 people", "1600 GMT").
 */
final class DateGrammar {
  /** How a match resolves; null means no date here, {@link #BLOCK} a non-date that hides shorter matches. */
  interface Resolver {
    DateRange resolve(Matcher m, String text, Anchor anchor);
  }

  /** A rule runs only near a {@link #TRIGGER} match of its kind (a group name of TRIGGER). */
  record Rule(String name, String trigger, Pattern pattern, Resolver resolver) {}

  /** A match that is not a calendar date ("the past year", a decade) but covers shorter ones. */
  static final DateRange BLOCK = DateRange.unanchored(null);

  private static final String FULL = "January|February|March|April|May|June|July|August|September"
      + "|October|November|December";
  private static final String ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
  /** A month name that can stand alone: in full, or abbreviated with its period. */
  private static final String MONTH = "(?<mon>(?:" + FULL + ")\\b|(?:" + ABBR + ")\\.)";
  /** A month name beside a number, where "Jan 5" is clear without the period. */
  private static final String MONTH_D = "(?<mon>(?:" + FULL + ")\\b|(?:" + ABBR + ")\\b\\.?)";
  private static final String WEEKDAY = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";
  private static final String DAY = "(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b";
  private static final String YEAR = "(?<year>1[7-9]\\d\\d|20\\d\\d)\\b";
  private static final String QUARTER = "(?<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)";
  private static final String QUARTER_YEAR = "(?:(?:\\s+of\\s+(?:fiscal\\s+)?|,?\\s+)" + "(?<year>1[7-9]\\d\\d|20\\d\\d)\\b)?";
  private static final String OPT_YEAR = "(?:,?\\s+" + YEAR + "(?![\\d%]|[.,:/-]\\d))?";
  private static final String CUE = "(?<=\\b(?:in|In|since|Since|until|Until|by|By|from|From|of|"
      + "during|During|before|Before|after|After|through|to|between|and|throughout|till|or|for|For|on|On|"
      + "at|over|around|Around|late|early|mid)\\s)";
  private static final String NUMBER = "(?<n>\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight"
      + "|nine|ten|eleven|twelve)";
  private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve");

  /**
   * What may follow a year that is really a count or a clock time. Counts are rare: news writes
   * "1,500 jobs", while "2004 sales" is a year.
   */
  private static final Pattern NOT_A_YEAR_AFTER = Pattern.compile(
      "\\s*(?:m|bn|km|kg|mph|GMT|BST|EST|EDT|ET|UTC|hrs|hours|local|cc|people|times|votes|jobs"
      + "|metres|meters|miles|feet|tonnes|pounds|dollars|euros|yards|points|words|members|cases)\\b");
  /** "the Sunday Times", "Monday Night Football" name no day. */
  private static final Pattern NEWSPAPER = Pattern.compile(
      "\\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Tribune|Independent|Observer|Night)\\b");

  /** What may precede a year that is really an amount or a code. */
  private static final Pattern NOT_A_YEAR_BEFORE = Pattern.compile(
      "(?:[$\u00a3\u20ac#\\d.,:/]|\\d-|\\b(?:No|no|number|Flight|flight|Route|route)\\.?\\s)$");

  /**
   * The words every date expression contains, one group per kind. One scan for these, then the
   * rules of that kind in a window around each, is ten times faster than every rule over the
   * whole text: most of an article holds no date.
   */
  static final Pattern TRIGGER = Pattern.compile("\\b(?:(?<month>(?:" + FULL + "|" + ABBR + ")\\b)"
      + "|(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
      + "|(?<num>\\d{4}(?:'?s)?)\\b"
      + "|(?<rel>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|night|morning|afternoon|evening)"
      + "|(?<unit>[Ww]eek|[Mm]onth|[Yy]ear|[Qq]uarter|period|half)"
      + "|(?<ago>ago|earlier)\\b|(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all)|(?<q>Q[1-4]\\b))");
  static final List<String> TRIGGER_KINDS = List.of("month", "wd", "num", "rel", "unit", "ago", "season", "q");

  /** Characters before and after a trigger where its rules look: the longest expressions fit. */
  static final int WINDOW_BEFORE = 60;
  static final int WINDOW_AFTER = 45;

  static final List<Rule> RULES = List.of(
      rule("iso date", "num", "(?<![\\d-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d-])",
          (m, t, a) -> day(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
              Integer.parseInt(m.group("d")))),
      rule("month day year", "month", "(?:" + WEEKDAY + ",?\\s+)?" + MONTH_D + "\\s+" + DAY
          + OPT_YEAR, DateGrammar::monthDay),
      rule("day month year", "month", "(?:" + WEEKDAY + ",?\\s+)?" + DAY + "\\s+(?:of\\s+)?"
          + MONTH_D + OPT_YEAR, DateGrammar::monthDay),
      rule("month year", "month", "(?:(?:early|late|mid-?)\\s*)?" + MONTH_D + ",?\\s+(?:of\\s+)?" + YEAR
          + "(?![\\d%]|[.,:/-]\\d)",
          (m, t, a) -> DateRange.month(YearMonth.of(Integer.parseInt(m.group("year")), month(m)))),
      rule("month this year", "month", MONTH_D + "\\s+(?<rel>this|last|next)\\s+year\\b", (m, t, a) ->
          a.known() ? DateRange.month(YearMonth.of(a.published().getYear() + shift(m.group("rel")), month(m)))
              : DateRange.unanchored(Granularity.MONTH)),
      rule("bare month", "month", "(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\\s+|(?<mod>(?:[Ee]arly|[Ll]ate|[Mm]id-?)\\s*"
          + "|the\\s+(?:beginning|middle|end|start)\\s+of\\s+)|"
          + CUE + ")" + MONTH, DateGrammar::bareMonth),
      rule("year", "num", "(?:(?:[Ee]arly|[Ll]ate|[Mm]id-|[Mm]id|[Ff]iscal|the\\s+(?:end|middle|beginning|start"
          + "|first\\s+half|second\\s+half)\\s+of)\\s*)?(?<![$\u00a3\u20ac#\\d.,:/])" + YEAR
          + "(?![\\d%]|[.,:/-]\\d|')", DateGrammar::year),
      rule("decade", "num", "(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(?:1[7-9]|20)\\d0'?s\\b", (m, t, a) -> BLOCK),
      rule("quarter", "unit", "(?:the\\s+)?(?:(?<ago>year-ago|year-earlier|comparable\\s+year-ago)\\s+"
          + "|(?<rel>[Tt]his|[Ll]ast|[Nn]ext)\\s+year's\\s+|(?<y2>(?:1[7-9]|20)\\d\\d)\\s+)?(?:fiscal\\s+)?"
          + QUARTER + "\\s+(?:fiscal\\s+)?quarter\\b" + QUARTER_YEAR, DateGrammar::quarter),
      // "the third-quarter loss": the article belongs to the noun, not the date.
      rule("quarter adjective", "unit", "(?:(?<ago>year-ago|year-earlier)\\s+)?(?:fiscal\\s+)?" + QUARTER
          + "-quarter\\b(?<rel>)?(?<y2>)?" + QUARTER_YEAR, DateGrammar::quarter),
      rule("year period", "num", "the\\s+" + YEAR + "\\s+(?:(?:first|second|third|fourth)\\s+)?(?:quarter|period"
          + "|fiscal\\s+year)\\b", (m, t, a) -> DateRange.year(Integer.parseInt(m.group("year")))),
      rule("q quarter", "q", "\\bQ(?<q>[1-4])(?:\\s+" + YEAR + ")?\\b(?<ago>)?(?<rel>)?(?<y2>)?", DateGrammar::quarter),
      rule("the quarter", "unit", "(?:[Tt]he|[Tt]his)\\s+(?:(?<rel>latest|current|fiscal)\\s+)*(?:quarter|period)\\b(?!-)",
          (m, t, a) -> !a.known() ? DateRange.unanchored(Granularity.YEAR)
              : DateRange.year(a.published().minusMonths(m.group("rel") == null ? 1 : 0).getYear())),
      rule("the year", "unit", "(?:the|this)\\s+(?:current\\s+|full\\s+|fiscal\\s+)+year\\b|(?:[Ee]arlier|[Ll]ater)\\s+in"
          + "\\s+the\\s+year\\b|[Yy]ear(?:-|\\s+|'s\\s+)end\\b|"
          + "the\\s+end\\s+of\\s+the\\s+year\\b", (m, t, a) -> relativeYear(a, 0)),
      rule("year ago", "unit", "(?:the\\s+)?(?:comparable\\s+)?[Yy]ear-(?:ago|earlier)(?:\\s+(?:quarter|period))?",
          (m, t, a) -> relativeYear(a, -1)),
      rule("half", "unit", "(?:the\\s+)?(?:first|second)[-\\s]half\\s+of\\s+(?:(?<rel>this|last|next)\\s+year\\b|"
          + YEAR + ")", (m, t, a) -> m.group("year") != null ? DateRange.year(Integer.parseInt(m.group("year")))
              : relativeYear(a, shift(m.group("rel")))),
      rule("relative day", "rel", "(?i:(?:(?:late|early|later|earlier)\\s+)?(?<w>yesterday|today|tomorrow|tonight"
          + "|last\\s+night)(?:\\s+(?:morning|afternoon|evening|night))?\\b"
          + "|(?<w2>this)\\s+(?:morning|afternoon|evening))", DateGrammar::relativeDay),
      rule("relative unit", "unit", "(?i:(?:the\\s+(?:end|beginning|start|middle)\\s+of\\s+)?(?<the>the\\s+)?"
          + "(?:(?:early|earlier|late|later|mid-?)\\s*)?"
          + "(?<rel>last|next|this|coming|current|past)\\s+(?<unit>week|month|year|weekend)\\b)",
          DateGrammar::relativeUnit),
      rule("ago", "ago", "(?i:(?:(?:nearly|almost|about|some|just|only|more\\s+than|over)\\s+)?" + NUMBER
          + "\\s+(?<unit>day|week|month|year)s?\\s+(?:ago|earlier)\\b)", DateGrammar::ago),
      rule("the weekend", "unit", "[Tt]he\\s+weekend\\b", (m, t, a) -> {
        if (!a.known()) return DateRange.unanchored(null);
        LocalDate saturday = a.weekday(DayOfWeek.SATURDAY);
        return DateRange.of(saturday, saturday.plusDays(1));
      }),
      rule("weekday", "wd", "(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\\s+)?(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Tt]his\\s+coming)\\s+)?" + WEEKDAY,
          DateGrammar::weekday),
      rule("season", "season", "(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\\s*)?(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|the|this\\s+past)\\s+)?"
          + "(?:(?:early|late)\\s+)?(?<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all)\\b(?:\\s+(?:of\\s+)?" + YEAR + ")?",
          DateGrammar::season));

  private DateGrammar() {}

  private static Rule rule(String name, String trigger, String regex, Resolver resolver) {
    return new Rule(name, trigger, Pattern.compile(regex), resolver);
  }

  static int month(Matcher m) {
    String mon = m.group("mon").substring(0, 3).toLowerCase(Locale.ROOT);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(mon) / 3 + 1;
  }

  private static int shift(String rel) {
    return switch (rel.toLowerCase(Locale.ROOT)) {
      case "last", "past" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
  }

  private static DateRange day(int year, int month, int day) {
    try {
      return DateRange.day(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return null; // "February 30" is no date
    }
  }

  private static DateRange monthDay(Matcher m, String text, Anchor a) {
    int month = month(m);
    int day = Integer.parseInt(m.group("day"));
    if (m.group("year") != null) return day(Integer.parseInt(m.group("year")), month, day);
    if (day > YearMonth.of(2000, month).lengthOfMonth()) return null;
    if (!a.known()) return DateRange.unanchored(Granularity.DAY);
    if (m.group("wd") != null) {
      // "Monday, March 3": the year whose March 3 is a Monday, nearest the publication date.
      DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
      for (int delta : new int[] {0, -1, 1}) {
        DateRange r = day(a.published().getYear() + delta, month, day);
        if (r != null && r.first().getDayOfWeek() == wd) return r;
      }
    }
    return DateRange.day(a.monthDay(month, day));
  }

  private static DateRange bareMonth(Matcher m, String text, Anchor a) {
    if (!a.known()) return DateRange.unanchored(Granularity.MONTH);
    int month = month(m);
    String rel = m.group("rel");
    int year = a.published().getYear();
    int now = a.published().getMonthValue();
    if (rel == null) return DateRange.month(a.month(month));
    return switch (rel.toLowerCase(Locale.ROOT)) {
      case "last" -> DateRange.month(YearMonth.of(month < now ? year : year - 1, month));
      case "next" -> DateRange.month(YearMonth.of(month > now ? year : year + 1, month));
      default -> DateRange.month(YearMonth.of(year, month));
    };
  }

  private static DateRange year(Matcher m, String text, Anchor a) {
    int start = m.start("year");
    if (NOT_A_YEAR_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find()) return null;
    Matcher after = NOT_A_YEAR_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 24));
    if (after.lookingAt()) return null;
    return DateRange.year(Integer.parseInt(m.group("year")));
  }

  private static DateRange quarter(Matcher m, String text, Anchor a) {
    int q = "1234".indexOf(m.group("q").charAt(0)) + 1;
    if (q == 0) q = List.of("first", "second", "third", "fourth").indexOf(m.group("q").toLowerCase(Locale.ROOT)) + 1;
    if (m.group("year") != null) return DateRange.year(Integer.parseInt(m.group("year")));
    if (m.group("y2") != null && !m.group("y2").isEmpty()) return DateRange.year(Integer.parseInt(m.group("y2")));
    if (!a.known()) return DateRange.unanchored(Granularity.YEAR);
    if (m.group("rel") != null && !m.group("rel").isEmpty()) return relativeYear(a, shift(m.group("rel")));
    return DateRange.year(a.yearOfQuarter(q) - (m.group("ago") == null || m.group("ago").isEmpty() ? 0 : 1));
  }

  private static DateRange relativeYear(Anchor a, int shift) {
    return a.known() ? DateRange.year(a.published().getYear() + shift) : DateRange.unanchored(Granularity.YEAR);
  }

  /**
   * "VOA Today", ABC's "This Week": capitals inside the match, or on its first word in mid-sentence,
   * make it a title, not a date.
   */
  private static boolean title(Matcher m, String text) {
    for (int i = m.start() + 1; i < m.end(); i++) if (Character.isUpperCase(text.charAt(i))) return true;
    if (!Character.isUpperCase(text.charAt(m.start()))) return false;
    int i = m.start() - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    return i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == ',');
  }

  private static DateRange relativeDay(Matcher m, String text, Anchor a) {
    if (title(m, text)) return null;
    String w = (m.group("w") != null ? m.group("w") : m.group("w2")).toLowerCase(Locale.ROOT);
    // BBC Radio 4's "Today" programme is no date.
    if (w.equals("today") && text.startsWith("Today programme", m.start("w"))) return null;
    if (!a.known()) return DateRange.unanchored(Granularity.DAY);
    int offset = switch (w) {
      case "yesterday" -> -1;
      case "tomorrow" -> 1;
      default -> w.startsWith("last") ? -1 : 0;
    };
    return DateRange.day(a.published().plusDays(offset));
  }

  private static DateRange relativeUnit(Matcher m, String text, Anchor a) {
    if (title(m, text)) return null;
    String rel = m.group("rel").toLowerCase(Locale.ROOT);
    // "the past year", "over the last month": a stretch of time, not a calendar date.
    if (rel.equals("past") || (m.group("the") != null && rel.equals("last"))) return BLOCK;
    int shift = shift(rel);
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    if (!a.known()) {
      return DateRange.unanchored(switch (unit) {
        case "month" -> Granularity.MONTH;
        case "year" -> Granularity.YEAR;
        default -> null;
      });
    }
    LocalDate p = a.published();
    return switch (unit) {
      case "week" -> a.week(shift);
      case "weekend" -> {
        DateRange week = a.week(shift);
        yield DateRange.of(week.last().minusDays(1), week.last());
      }
      case "month" -> DateRange.month(YearMonth.from(p).plusMonths(shift));
      default -> DateRange.year(p.getYear() + shift);
    };
  }

  private static DateRange ago(Matcher m, String text, Anchor a) {
    String n = m.group("n").toLowerCase(Locale.ROOT);
    int count = n.equals("a") || n.equals("an") ? 1
        : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.indexOf(n) + 1;
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    if (!a.known()) {
      return DateRange.unanchored(switch (unit) {
        case "day" -> Granularity.DAY;
        case "month" -> Granularity.MONTH;
        case "year" -> Granularity.YEAR;
        default -> null;
      });
    }
    LocalDate p = a.published();
    return switch (unit) {
      case "day" -> DateRange.day(p.minusDays(count));
      case "week" -> a.week(-count);
      case "month" -> DateRange.month(YearMonth.from(p).minusMonths(count));
      default -> DateRange.year(p.getYear() - count);
    };
  }

  private static DateRange weekday(Matcher m, String text, Anchor a) {
    if (NEWSPAPER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16)).lookingAt()) return null;
    if (!a.known()) return DateRange.unanchored(Granularity.DAY);
    DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
    String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
    LocalDate p = a.published();
    return DateRange.day(switch (rel) {
      case "last" -> p.with(java.time.temporal.TemporalAdjusters.previous(wd));
      case "next", "coming", "this coming" -> p.with(java.time.temporal.TemporalAdjusters.next(wd));
      default -> a.weekday(wd);
    });
  }

  private static DateRange season(Matcher m, String text, Anchor a) {
    if (m.group("year") != null) return DateRange.year(Integer.parseInt(m.group("year")));
    if (m.group("rel") == null) return null; // "in the fall" of what? and "fall" is a verb
    if (!a.known()) return DateRange.unanchored(Granularity.YEAR);
    String s = m.group("s").toLowerCase(Locale.ROOT);
    int firstMonth = switch (s) {
      case "spring" -> 3;
      case "summer" -> 6;
      default -> 9;
    };
    int year = a.published().getYear();
    int now = a.published().getMonthValue();
    return DateRange.year(switch (m.group("rel").toLowerCase(Locale.ROOT)) {
      case "last", "this past" -> now > firstMonth + 2 ? year : year - 1;
      case "next" -> now < firstMonth ? year : year + 1;
      case "the" -> a.future() ? (now < firstMonth ? year : year + 1) : (now >= firstMonth ? year : year - 1);
      default -> year;
    });
  }
}
