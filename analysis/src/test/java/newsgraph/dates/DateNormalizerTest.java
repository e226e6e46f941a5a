package newsgraph.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import newsgraph.analysis.SharedModels;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.DateMention;
import newsgraph.document.Document;
import org.junit.jupiter.api.Test;

class DateNormalizerTest {
  /** Wednesday 2024-03-13. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13);

  private static List<DateMention> dates(String text, LocalDate published) {
    Document d = Document.of(Article.builder("t", text).published(published).build());
    return new DateNormalizer().apply(SharedModels.sentenceSplitter().apply(d)).dates();
  }

  /** "text=value/granularity; ..." for compact assertions. */
  private static String describe(String text, LocalDate published) {
    return dates(text, published).stream()
        .map(d -> d.text() + "=" + d.value() + "/" + (d.granularity() == null ? null : d.granularity().label()))
        .collect(Collectors.joining("; "));
  }

  private static String describe(String text) {
    return describe(text, PUBLISHED);
  }

  @Test void readsAFullDateWithItsYear() {
    assertEquals("March 3, 2022=2022-03-03/day", describe("The law passed on March 3, 2022."));
  }

  @Test void readsADayBeforeItsMonth() {
    assertEquals("3 March 2021=2021-03-03/day", describe("Talks began on 3 March 2021."));
  }

  @Test void givesADayWithoutYearThePublicationYearWhenNearest() {
    assertEquals("3 March=2024-03-03/day", describe("Talks began on 3 March."));
  }

  @Test void givesAFutureDayWithoutYearTheNextYearAcrossNewYear() {
    assertEquals("Jan. 2=2025-01-02/day", describe("The dividend will be paid Jan. 2.", LocalDate.of(2024, 11, 20)));
  }

  @Test void givesADayWithoutYearOrTenseTheNearestYear() {
    assertEquals("Jan. 2=2025-01-02/day", describe("The vote is on Jan. 2.", LocalDate.of(2024, 11, 20)));
    assertEquals("Nov. 2=2024-11-02/day", describe("The vote is on Nov. 2.", LocalDate.of(2025, 1, 20)));
  }

  @Test void readsAYearAlone() {
    assertEquals("2022=2022/year", describe("Prices have risen since 2022."));
  }

  @Test void readsMidYearAsThatYear() {
    assertEquals("mid-2023=2023/year", describe("The plant closed in mid-2023."));
  }

  @Test void readsAMonthAndYear() {
    assertEquals("August 2019=2019-08/month", describe("He left in August 2019."));
  }

  @Test void doesNotTakeTheModalMayForAMonth() {
    assertEquals("", describe("May I ask a question? They may go."));
  }

  @Test void doesNotTakeAPriceOrAClockTimeForAYear() {
    assertEquals("", describe("It cost $2024 and trading stops at 1800 GMT."));
  }

  @Test void resolvesAPastTenseWeekdayToTheLatestOnOrBeforePublication() {
    assertEquals("Monday=2024-03-11/day", describe("The minister resigned on Monday."));
  }

  @Test void resolvesAFutureTenseWeekdayToTheNextOne() {
    assertEquals("Monday=2024-03-18/day", describe("The minister will resign on Monday."));
  }

  @Test void resolvesAReportedFutureWithWouldToTheNextOne() {
    // 2024-03-13 is a Wednesday: what "would" happen on Saturday is the coming one.
    assertEquals("Saturday=2024-03-16/day", describe("His office said mobile clinics would reach the town on Saturday."));
  }

  @Test void givesAWeekdayAfterADeadlineWordItsClausesTense() {
    assertEquals("Saturday=2024-03-16/day", describe("Officials said clinics would reach the town by Saturday."));
    assertEquals("Saturday=2024-03-09/day", describe("The clinics had reached the town by Saturday."));
  }

  @Test void doesNotTakeANewspaperForADay() {
    assertEquals("", describe("The Sunday Times reported a rift."));
  }

  @Test void readsThePublicationDaysWeekdayAsThatDay() {
    assertEquals("Wednesday=2024-03-13/day", describe("Shares fell on Wednesday."));
  }

  @Test void resolvesYesterdayAndTomorrow() {
    assertEquals("yesterday=2024-03-12/day; tomorrow=2024-03-14/day",
        describe("He said yesterday that the vote is tomorrow."));
  }

  @Test void resolvesDaysAgo() {
    assertEquals("two days ago=2024-03-11/day", describe("She arrived two days ago."));
  }

  @Test void givesAWeekInsideOneMonthThatMonth() {
    // Monday 4 to Sunday 10 March 2024.
    assertEquals("last week=2024-03/month", describe("Sales fell last week."));
  }

  @Test void givesAWeekAcrossTwoMonthsItsYear() {
    // Published Wednesday 7 February 2024: last week ran from 29 January to 4 February.
    assertEquals("last week=2024/year", describe("Sales fell last week.", LocalDate.of(2024, 2, 7)));
  }

  @Test void leavesOutAWeekAcrossTwoYears() {
    // Published Wednesday 8 January 2025: last week ran from 30 December 2024 to 5 January 2025.
    assertEquals("", describe("Sales fell last week.", LocalDate.of(2025, 1, 8)));
  }

  @Test void resolvesNextMonthAndLastYear() {
    assertEquals("next month=2024-04/month; last year=2023/year",
        describe("The plan starts next month after a poor last year."));
  }

  @Test void givesAQuarterItsYear() {
    assertEquals("the third quarter of 2021=2021/year", describe("Profit rose in the third quarter of 2021."));
  }

  @Test void leavesTheArticleOutOfAnAdjectivalQuarter() {
    assertEquals("third-quarter=2023/year", describe("It blamed the third-quarter loss on rain.",
        LocalDate.of(2023, 11, 2)));
  }

  @Test void givesAYearAgoQuarterThePreviousYear() {
    assertEquals("the year-earlier quarter=2022/year", describe("Profit was lower in the year-earlier quarter.",
        LocalDate.of(2023, 11, 2)));
  }

  @Test void leavesARelativeDateWithoutValueWhenPublicationIsUnknown() {
    assertEquals("yesterday=null/day; Monday=null/day", describe("He left yesterday and on Monday.", null));
  }

  @Test void keepsAnAbsoluteDateWhenPublicationIsUnknown() {
    assertEquals("March 3, 2022=2022-03-03/day; last week=null/null",
        describe("It passed on March 3, 2022, and again last week.", null));
  }

  @Test void leavesOutDurationsSetsAndDecades() {
    assertEquals("", describe("He served three years, met every week for the past year, and recalled the 1990s."));
  }

  @Test void countsOffsetsInCodePointsAfterAnEmoji() {
    String text = "\uD83C\uDF89 Party on March 3, 2022.";
    DateMention d = dates(text, PUBLISHED).get(0);
    assertEquals(11, d.span().start());
    assertEquals("March 3, 2022", CodePointIndex.of(text).substring(d.span()));
  }

  @Test void spansStayInsideTextOnRandomInput() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String[] words = {"on", "Monday", "March", "3", "2022", ",", "last", "week", "\uD83D\uDE00", "May",
        "yesterday", "mid-", "the", "third", "quarter", "of", "ago", "two", "days", "\n", "Jan.", "."};
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      int n = r.nextInt(30);
      for (int w = 0; w < n; w++) text.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
      LocalDate published = r.nextBoolean() ? null : PUBLISHED.plusDays(r.nextInt(800) - 400);
      CodePointIndex index = CodePointIndex.of(text.toString());
      for (DateMention d : dates(text.toString(), published)) {
        assertEquals(d.text(), index.substring(d.span()), "seed=" + seed);
      }
    }
  }

  @Test void refusesAValueOfTheWrongGranularity() {
    try {
      new DateMention("2022", new newsgraph.document.Span(0, 4), "2022", DateMention.Granularity.DAY);
    } catch (IllegalArgumentException expected) {
      return;
    }
    throw new AssertionError("accepted a year as a day");
  }

  @Test void unresolvedDatesSurviveJsonRoundTrip() {
    Document d = new DateNormalizer().apply(SharedModels.sentenceSplitter().apply(Document.of(
        Article.builder("t", "It passed on March 3, 2022, yesterday and last week.").build())));
    assertEquals(3, d.dates().size());
    String json = newsgraph.json.DocumentJson.toJson(d);
    assertTrue(json.contains("\"value\":null"), json);
    assertEquals(d.dates(), newsgraph.json.DocumentJson.read(json).dates()); // tokens are not printed
  }

  @Test void allowsANullValue() {
    assertNull(new DateMention("Monday", new newsgraph.document.Span(0, 6), null, DateMention.Granularity.DAY).value());
  }
}
