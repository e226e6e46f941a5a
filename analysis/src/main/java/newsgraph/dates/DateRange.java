package newsgraph.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import newsgraph.document.DateMention.Granularity;

/**
 * The days an expression denotes, first to last inclusive; or, for a relative expression with
 * no publication date to resolve it, no days and the granularity it would have had (null when
 * that too depends on the anchor, as a week's does).
 */
record DateRange(LocalDate first, LocalDate last, Granularity unanchored) {
  static DateRange day(LocalDate d) {
    return new DateRange(d, d, null);
  }

  static DateRange month(YearMonth m) {
    return new DateRange(m.atDay(1), m.atEndOfMonth(), null);
  }

  static DateRange year(int y) {
    return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), null);
  }

  static DateRange of(LocalDate first, LocalDate last) {
    return new DateRange(first, last, null);
  }

  static DateRange unanchored(Granularity g) {
    return new DateRange(null, null, g);
  }

  boolean anchored() {
    return first != null;
  }

  /**
   * The contract's granularity for these days: one day is a day; days inside one month are that
   * month (a week, a whole month); days inside one year are that year (a quarter, a season, a
   * week across a month's end); anything longer is no calendar date of ours (null).
   */
  Granularity granularity() {
    if (!anchored()) return unanchored;
    if (first.equals(last)) return Granularity.DAY;
    if (YearMonth.from(first).equals(YearMonth.from(last))) return Granularity.MONTH;
    if (first.getYear() == last.getYear()) return Granularity.YEAR;
    return null;
  }

  /** The contract's value for {@link #granularity()}, or null. */
  String value() {
    Granularity g = granularity();
    if (!anchored() || g == null) return null;
    return switch (g) {
      case DAY -> first.toString();
      case MONTH -> YearMonth.from(first).toString();
      case YEAR -> String.format("%04d", first.getYear());
    };
  }
}
