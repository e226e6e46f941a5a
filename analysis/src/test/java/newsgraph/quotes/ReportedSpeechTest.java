package newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsgraph.analysis.SharedModels;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.document.Quote;
import org.junit.jupiter.api.Test;

/** Speakers named by a phrase, a title or a transcript label, and reported speech without marks. */
class ReportedSpeechTest {
  /** "kind|speaker mention text|text" for each quote. */
  private static List<String> quotes(String text) {
    Document d = SharedModels.standard().apply(Article.builder("t", text).build());
    return d.quotes().stream().map(ReportedSpeechTest::describe).toList();
  }

  private static String describe(Quote q) {
    return q.kind().label() + "|" + (q.speakerMention() == null ? null : q.speakerMention().text()) + "|" + q.text();
  }

  @Test void aPhraseThatNamesNoEntityIsTheSpeakersMention() {
    assertEquals(List.of("indirect|Police officials|a second device was also found near the station"),
        quotes("Police officials said a second device was also found near the station."));
  }

  @Test void aPhraseAfterTheQuoteIsItsSpeaker() {
    assertEquals(List.of("direct|the book|Very few people knew of it at the time,"),
        quotes("\u201cVery few people knew of it at the time,\u201d the book said."));
  }

  @Test void aTitleBeforeTheNameDoesNotHideTheSpeaker() {
    assertEquals(List.of("direct|Stacey Plaskett|This is a waste of time,"),
        quotes("\"This is a waste of time,\" said Del. Stacey Plaskett of the Virgin Islands."));
  }

  @Test void doubleApostropheQuotesFindTheirCue() {
    assertEquals(List.of("direct|he|We must not overreact to campaign rhetoric,"),
        quotes("''We must not overreact to campaign rhetoric,'' he told me."));
  }

  @Test void theNextQuoteKeepsTheMentionThatIntroducedTheSpeaker() {
    assertEquals(List.of("direct|Rubio|If we go to war, we have rifles,", "direct|Rubio|But we would rather trade."),
        quotes("''If we go to war, we have rifles,'' Mr. Rubio said. ''But we would rather trade.''"));
  }

  @Test void auxiliariesMayStandBetweenSpeakerAndCue() {
    assertEquals(List.of("indirect|Republicans|the findings raised more troubling questions"),
        quotes("Republicans have also said the findings raised more troubling questions."));
  }

  @Test void aParentheticalCueAttributesTheSentenceAroundIt() {
    assertEquals(List.of("indirect|Tompkins|The park, Tompkins said, is usually full of activities"),
        quotes("The park, Tompkins said, is usually full of activities."));
  }

  @Test void accordingToNeedsNoComma() {
    assertEquals(List.of("indirect|officials with knowledge of the meeting|He attacked several lawmakers"),
        quotes("He attacked several lawmakers according to officials with knowledge of the meeting."));
  }

  @Test void aTranscriptLabelNamesTheSpeaker() {
    assertEquals(List.of("direct|PENCE|PENCE: And that is why we will win."),
        quotes("\"PENCE: And that is why we will win.\""));
  }

  @Test void aClauseInTheMiddleOfASentenceIsNoSpeaker() {
    assertEquals(List.of(), quotes("The vote that was expected to say a lot about the race came late."));
  }
}
