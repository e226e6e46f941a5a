package newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsgraph.analysis.SharedModels;
import newsgraph.analysis.Spans;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.document.EntityType;
import newsgraph.document.Entity;
import org.junit.jupiter.api.Test;

class RoleFinderTest {
  private static Document analyse(String text) {
    Document d = SharedModels.standard().apply(Article.builder("t", text).build());
    Spans.assertConsistent(d);
    return d;
  }

  private static Entity named(Document d, String name) {
    return d.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + d.entities()));
  }

  @Test void takesATitleInFrontOfTheName() {
    Document d = analyse("Foreign Minister Anna Smith arrived in Paris on Monday.");
    assertEquals(List.of("Foreign Minister"), named(d, "Anna Smith").roles());
  }

  @Test void takesACompoundTitleWithItsCountry() {
    Document d = analyse("The vote was close, US Senator-elect Jo Park said on Wednesday.");
    assertEquals(List.of("US Senator-elect"), named(d, "Jo Park").roles());
  }

  @Test void takesADescriptionInAppositionAfterTheName() {
    Document d = analyse("Anna Smith, the foreign minister, arrived in Paris.");
    assertEquals(List.of("foreign minister"), named(d, "Anna Smith").roles());
  }

  @Test void aPersonNamedAfterTheCommaIsNoDescription() {
    Document d = analyse("Prior to working for Mr Blair, David Miliband spent time at the left-leaning Institute for Public Policy Research.");
    assertEquals(List.of(), named(d, "Blair").roles());
  }

  @Test void takesADescriptionInAppositionBeforeTheName() {
    Document d = analyse("The bank's chief executive, Tom Ng, declined to comment.");
    assertEquals(List.of("bank's chief executive"), named(d, "Tom Ng").roles());
  }

  @Test void aDescriptionBeforeTheNameBeginsAtItsPossessor() {
    Document d = analyse("The court adjourned after Okafor's lawyer, Babatunde Salami, told it his client was ill.");
    assertEquals(List.of("Okafor's lawyer"), named(d, "Babatunde Salami").roles());
  }

  @Test void takesASportsPositionBeforeTheName() {
    Document d = analyse("He shared a partnership of 97 with wicketkeeper Imran Qadir on Sunday.");
    assertEquals(List.of("wicketkeeper"), named(d, "Imran Qadir").roles());
  }

  @Test void movesATitleTheTaggerPutInsideTheNameIntoTheRoles() {
    // The tagger calls "Justice Folake Adeyemi" an organisation: the title says it is a person.
    Document d = analyse("In Lagos, Justice Folake Adeyemi adjourned the trial of Chinedu Okafor until June.");
    Entity judge = d.entities().stream().filter(e -> e.name().endsWith("Adeyemi")).findFirst().orElseThrow();
    assertEquals("Folake Adeyemi", judge.name());
    assertEquals(List.of("Justice"), judge.roles());
    assertEquals(newsgraph.document.EntityType.PERSON, judge.type());
  }

  @Test void joinsTheRolesOfEveryMention() {
    Document d = analyse("Foreign Minister Anna Smith arrived on Monday.\n"
        + "Smith, a former diplomat, said talks would resume.");
    assertEquals(List.of("Foreign Minister", "former diplomat"), named(d, "Anna Smith").roles());
  }

  @Test void takesNoRoleFromARelativeClause() {
    Document d = analyse("Anna Smith, who arrived on Monday, said little.");
    assertEquals(List.of(), named(d, "Anna Smith").roles());
  }

  @Test void takesNoRoleFromTheSentenceGoingOn() {
    Document d = analyse("President Joseph Kamau said Orla Keane, of Digital Rights Watch, called the company's response weak.");
    assertEquals(List.of(), named(d, "Digital Rights Watch").roles());
  }

  @Test void takesNoTitleFromASentenceOpener() {
    Document d = analyse("Yesterday Anna Smith arrived in Paris.");
    assertEquals(List.of(), named(d, "Anna Smith").roles());
  }

  @Test void takesATitleWithItsComplementAndAnHonorific() {
    Document d = analyse("Speaking in Nairobi, Principal Secretary for Public Health Dr Joseph Kiprono said cases would rise.");
    assertEquals(List.of("Principal Secretary for Public Health", "Dr"), named(d, "Joseph Kiprono").roles());
  }

  @Test void takesATitleOfStateBeforeTheName() {
    Document d = analyse("The talks were useful, Secretary of State Anna Smith said on Monday.");
    assertEquals(List.of("Secretary of State"), named(d, "Anna Smith").roles());
  }

  @Test void aPortfolioJoinedByAndIsOneTitleAndARankAfterItAnother() {
    Document d = analyse("Envoys met Minister of Defence and Aviation Prince Khalid Nasser in Riyadh.");
    assertEquals(List.of("Minister of Defence and Aviation", "Prince"), named(d, "Khalid Nasser").roles());
  }

  @Test void aTitleOfTheBoardKeepsItsWholeName() {
    Document d = analyse("Chairman of the Trade and Industry Board Ian Lang said exports grew.");
    assertEquals(List.of("Chairman of the Trade and Industry Board"), named(d, "Ian Lang").roles());
  }

  @Test void aTitleThatBeginsInsideANameTakesTheWholeName() {
    Document d = analyse("Growth was strong, said Bank of England deputy governor Rachel Lomax.");
    assertEquals(List.of("Bank of England deputy governor"), named(d, "Rachel Lomax").roles());
    Document e = analyse("The Bank of England kept rates. Bank of England governor Mervyn King spoke.");
    assertEquals(List.of("Bank of England governor"), named(e, "Mervyn King").roles());
  }

  @Test void aCapitalisedPrepositionOpeningTheSentenceIsNoPartOfTheTitle() {
    Document d = analyse("Under President Hugo Chavez, the state has grown.");
    assertEquals(List.of("President"), named(d, "Hugo Chavez").roles());
    Document e = analyse("Earlier Tory leader Michael Howard said taxes would fall.");
    assertEquals(List.of("Tory leader"), named(e, "Michael Howard").roles());
  }

  @Test void aListOfPeopleIsNoApposition() {
    Document d = analyse("They met Subir Raha, Gazprom chairman Aleksey Miller and the minister.");
    assertEquals(List.of(), named(d, "Subir Raha").roles());
    assertEquals(List.of("Gazprom chairman"), named(d, "Aleksey Miller").roles());
    Document e = analyse("Ann Ruiz, spokeswoman for commissioner Peter Mandelson, declined to comment.");
    assertEquals(List.of("spokeswoman for commissioner Peter Mandelson"), named(e, "Ann Ruiz").roles());
  }

  @Test void aPersonByTypeThatTheArticleCallsAFirmOrABankIsABody() {
    Document d = analyse("Shares in Tods Marley, the Edinburgh law firm, rose.");
    assertEquals(EntityType.ORGANIZATION, named(d, "Tods Marley").type());
    Document e = analyse("Hardwick, the US bank, said profits rose.");
    assertEquals(EntityType.ORGANIZATION, named(e, "Hardwick").type());
  }

  @Test void aPersonDescribedByTheirPostAtAFirmStaysAPerson() {
    Document d = analyse("Pete Simpson, the firm's chief executive, said so.");
    assertEquals(EntityType.PERSON, named(d, "Pete Simpson").type());
    Document e = analyse("The other was insurer Thierry Dehaan.");
    assertEquals(EntityType.PERSON, named(e, "Thierry Dehaan").type());
  }

  @Test void lettersAfterANameAreARoleAndMakeItAPerson() {
    Document d = analyse("The chairman of the Bar Council, Guy Mansfield QC, warned of a real risk.");
    Entity e = named(d, "Guy Mansfield");
    assertEquals(EntityType.PERSON, e.type());
    assertEquals(true, e.roles().contains("QC"));
    Document g = analyse("The warning came from Guy Mansfield QC, the chairman of the Bar Council, on Monday.");
    assertEquals(List.of("QC", "chairman of the Bar Council"), named(g, "Guy Mansfield").roles());
    Document f = analyse("\"I felt guilt,\" said the Ealing North MP.");
    assertEquals(false, f.entities().stream().anyMatch(x -> x.type() == EntityType.PERSON));
  }

  @Test void anAppositionIsANounPhraseEndingInItsHeadNotAClause() {
    Document d = analyse("Jo Park, widow of the singer Tom Wade, spoke on Monday.");
    assertEquals(List.of("widow of the singer Tom Wade"), named(d, "Jo Park").roles());
    Document e = analyse("Nominated for best actor, Phil Davis, Australian star faces competition from Dan Craig.");
    assertEquals(List.of(), named(e, "Phil Davis").roles());
  }

  @Test void anOccupationTheTaggerTookIntoABodysNameIsThePersonsRole() {
    Document d = analyse("Model Caprice was evicted from the house on Friday. Caprice said she was glad to leave.");
    Entity caprice = named(d, "Caprice");
    assertEquals(EntityType.PERSON, caprice.type());
    assertEquals(List.of("Model"), caprice.roles());
  }

  @Test void anHonorificAloneIsARoleAndMisterIsNone() {
    Document d = analyse("Dr Amara Fofanah met Mr Tom Ng in Geneva on Monday.");
    assertEquals(List.of("Dr"), named(d, "Amara Fofanah").roles());
    assertEquals(List.of(), named(d, "Tom Ng").roles());
  }

  @Test void takesADescriptionBeforeAnHonorificAndTheName() {
    Document d = analyse("The Swiss delegate, Dr Claire Morand, was more cautious.");
    assertEquals(List.of("Dr", "Swiss delegate"), named(d, "Claire Morand").roles());
  }

  @Test void takesATitleOfAPlaceBeforeTheName() {
    Document d = analyse("Mayor of London Sadiq Khan opened the bridge.");
    assertEquals(List.of("Mayor of London"), named(d, "Sadiq Khan").roles());
  }

  @Test void takesNoTitleFromANameAfterOfThatNoTitleHeads() {
    Document d = analyse("After a season of Premier League football Joseph Kiprono retired.");
    assertEquals(List.of(), named(d, "Joseph Kiprono").roles());
  }
}
