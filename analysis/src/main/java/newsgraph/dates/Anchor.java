package newsgraph.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * What a relative expression is resolved against: the publication date (null when unknown) and
 * the tense of the clause. A bare {@code Monday} is the latest one on or before the publication
 * date, or the first on or after it in a future-tense clause. A bare {@code March} or {@code
 * March 3} follows the tense when there is one, and is otherwise the nearest to the publication
 * date ({@code payable Dec. 15} in a November article is next month).
 */
record Anchor(LocalDate published, TenseCues.Tense tense) {
  boolean future() {
    return tense == TenseCues.Tense.FUTURE;
  }

  boolean known() {
    return published != null;
  }

  LocalDate weekday(DayOfWeek day) {
    return future() ? published.with(TemporalAdjusters.nextOrSame(day))
        : published.with(TemporalAdjusters.previousOrSame(day));
  }

  YearMonth month(int month) {
    YearMonth now = YearMonth.from(published);
    return nearest(YearMonth.of(now.getYear(), month), now, YearMonth::plusYears,
        (a, b) -> Math.abs(a.getYear() * 12L + a.getMonthValue() - b.getYear() * 12L - b.getMonthValue()));
  }

  LocalDate monthDay(int month, int day) {
    return nearest(MonthDay.of(month, day).atYear(published.getYear()), published,
        LocalDate::plusYears, (a, b) -> Math.abs(a.toEpochDay() - b.toEpochDay()));
  }

  /**
   * Of {@code sameYear} and its neighbours a year either side: the latest not after {@code now}
   * in the past tense, the first not before it in the future, the nearest when the tense is unknown.
   */
  private <T extends Comparable<? super T>> T nearest(T sameYear, T now,
      java.util.function.BiFunction<T, Long, T> plusYears, java.util.function.ToLongBiFunction<T, T> distance) {
    T best = null;
    for (long shift : new long[] {0, -1, 1}) { // a tie goes to the publication year
      T c = plusYears.apply(sameYear, shift);
      if (tense == TenseCues.Tense.PAST && c.compareTo(now) > 0) continue;
      if (tense == TenseCues.Tense.FUTURE && c.compareTo(now) < 0) continue;
      if (best == null || distance.applyAsLong(c, now) < distance.applyAsLong(best, now)) best = c;
    }
    return best;
  }

  /** The year of the latest quarter (1-4) to have begun: reports speak of the quarter just ended. */
  int yearOfQuarter(int quarter) {
    int now = (published.getMonthValue() + 2) / 3;
    return quarter > now ? published.getYear() - 1 : published.getYear();
  }

  /** Monday to Sunday of the week holding the publication date, shifted by {@code weeks}. */
  DateRange week(int weeks) {
    LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
    return DateRange.of(monday, monday.plusDays(6));
  }
}
