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

  @Test void aDayMayStandBetweenSpeakerAndCue() {
    assertEquals(List.of("indirect|Ministry of Health|214 cases of cholera in western Kenya"),
        quotes("The Ministry of Health on Thursday confirmed 214 cases of cholera in western Kenya."));
    assertEquals(List.of("indirect|Anna Smith|the talks had failed"),
        quotes("Anna Smith yesterday said the talks had failed."));
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

  @Test void aSpeakerAfterTheCueAtTheEndOfTheSentence() {
    assertEquals(List.of("indirect|one party source in the room|The meeting went badly from the start"),
        quotes("The meeting went badly from the start, said one party source in the room."));
  }

  @Test void aPhraseWithAPrepositionSpeaksLast() {
    assertEquals(List.of("indirect|attorneys for the family|His relatives watched the video on Thursday"),
        quotes("His relatives watched the video on Thursday, attorneys for the family said."));
  }

  @Test void aSecondVerbOfTheSubjectReports() {
    List<String> q = quotes("Ted Cruz thanked the delegates and said he was standing on principle.");
    assertEquals(List.of("indirect|Ted Cruz|he was standing on principle"), q);
  }

  @Test void aRelativePronounIsTheMention() {
    assertEquals(List.of("indirect|who|he was never paid for the clubhouse"),
        quotes("Trump was asked about Andrew Tesoro, who said he was never paid for the clubhouse."));
  }

  @Test void aParticipleCueBelongsToTheSubject() {
    assertEquals(List.of("indirect|Mook|he would be on vacation at that time"),
        quotes("Mook refused to speculate on the events, adding that he would be on vacation at that time."));
  }

  @Test void aQuestionMarkDoesNotCutTheQuoteFromItsCue() {
    assertEquals(List.of("direct|Trump|How could she have no money?"),
        quotes("Melania spoke first. \u201cHow could she have no money?\u201d Trump said Friday."));
  }

  @Test void aTranscriptLineWithoutMarksIsItsLabelsWords() {
    assertEquals(List.of("indirect|Q|And the idea of building a wall along the border?",
        "indirect|A|Believe me, a wall works."),
        quotes("Q: And the idea of building a wall along the border?\n\nA: Believe me, a wall works."));
  }

  @Test void anAgreementIsADeedNotTheSpeechOfThoseWhoAgreed() {
    assertEquals(List.of("indirect|Kremlin|Russia and Turkey agreed on Tuesday to resume talks on a grain corridor"),
        quotes("Russia and Turkey agreed on Tuesday to resume talks on a grain corridor, the Kremlin said."));
  }

  @Test void anAgreementThatIsReportedSpeech() {
    assertEquals(List.of("indirect|Russia|the corridor would reopen"),
        quotes("Russia agreed that the corridor would reopen."));
  }

  @Test void aTeamSheetIsNotATranscript() {
    assertEquals(List.of(), quotes("Subs Not Used: Cooper, Knight, Pellegrino, Carson.\n\n"
        + "Replacements: Everitt for Mapletoft (53), Hodgson for Edwards (77)."));
  }

  @Test void theListenerBeforeAColonIsNotTheSpeaker() {
    assertEquals(List.of("direct|He|Throughout the years, I have made a lot of mistakes."),
        quotes("The singer played for three hours. He told the crowd: \u201cThroughout the years, I have made a lot of mistakes.\u201d"));
  }

  @Test void anAdverbBeforeACueIsNoSpeaker() {
    assertEquals(List.of(), quotes("Parties are campaigning before the general election, widely expected on 5 May."));
  }

  @Test void aNameBeforeAColonIntroducesTheQuote() {
    assertEquals(List.of("direct|Daron Shaw|Lesser-known candidates have seen the biggest boost."),
        quotes("The surge does not surprise Republican pollster Daron Shaw: \u201cLesser-known candidates have seen the biggest boost.\u201d"));
  }

  @Test void aLongAppositionDoesNotHideTheCue() {
    assertEquals(List.of("direct|Benjamin J. Rhodes|We don't believe troops are the answer,"),
        quotes("\"We don't believe troops are the answer,\" Benjamin J. Rhodes, the president's deputy national security adviser, said Sunday."));
  }

  @Test void accordingToAttributesAQuoteInItsSentence() {
    assertEquals(List.of("partial|Daily Caller|Labott also coordinated with Reines to post a favorable quote."),
        quotes("According to the Daily Caller, \u201cLabott also coordinated with Reines to post a favorable quote.\u201d"));
  }

  @Test void aSpeakerAfterAnAppositionIsAPersonNotAPlace() {
    assertEquals(List.of("indirect|Clinton|she was going to put coal companies out of business"),
        quotes("Clinton, during a town hall meeting in Columbus, Ohio, said she was going to put coal companies out of business."));
  }

  @Test void aShareOfVotersSpeaks() {
    assertEquals(List.of("indirect|About 4 in 10|they want the next president to have more liberal policies"),
        quotes("About 4 in 10 say they want the next president to have more liberal policies."));
  }

  @Test void aTimeAfterTheCueIsNoSpeaker() {
    assertEquals(List.of("direct|he|We will win,"),
        quotes("\"We will win,\" he said the other day."));
  }

  @Test void aPluralNounIsNoCue() {
    assertEquals(List.of(), quotes("A minimal shift in the battleground states in Clinton's direction would hurt Trump."));
  }

  @Test void aLoneDeterminerIsNoSpeaker() {
    assertEquals(List.of("direct|null|We will win,"), quotes("\"We will win,\" the said."));
  }
}
