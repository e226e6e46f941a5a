package newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {
  private static final String PROSE = "The council voted on Tuesday to reopen the old bridge, closed since the floods.";

  @Test void dropsDatelinesAndUpdateStamps() {
    assertEquals(List.of(PROSE), BoilerplateLines.filter(List.of("Updated: Sat 8:31 PM, Feb 17, 2018",
        "November 12, 2018", PROSE)));
  }

  @Test void keepsASentenceThatStartsWithBy() {
    String line = "By March 2020 the bridge had carried more traffic than in any year before the floods.";
    assertEquals(List.of(line), BoilerplateLines.filter(List.of(line)));
  }

  @Test void dropsSharePromptsAndLinesWithoutLetters() {
    assertEquals(List.of(PROSE), BoilerplateLines.filter(List.of(PROSE, "Sharing is caring!", "3.409")));
  }

  @Test void cutsTheTailAfterARelatedStoriesHeadingLateInTheText() {
    assertEquals(List.of(PROSE, PROSE), BoilerplateLines.filter(List.of(PROSE, PROSE, "You may also like",
        "Another headline about something else entirely")));
  }
}
