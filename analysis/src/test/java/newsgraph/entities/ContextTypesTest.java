package newsgraph.entities;

import static newsgraph.entities.TaggedText.span;
import static newsgraph.entities.TaggedText.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;
import org.junit.jupiter.api.Test;

class ContextTypesTest {
  /** A made-up gazetteer: these towns, and these countries or regions. */
  private static Places places(Set<String> towns, Set<String> regions) {
    return new Places() {
      @Override public boolean known(String name) {
        return towns.contains(name) || regions.contains(name);
      }

      @Override public boolean countryOrRegion(String name) {
        return regions.contains(name);
      }

      @Override public boolean country(String name) {
        return regions.contains(name);
      }

      @Override public boolean town(String name) {
        return known(name) && !name.equals("Ferris"); // Ferris: a hamlet
      }

      @Override public boolean naturalFeature(String name) {
        return name.equals("Tavia");
      }

    };
  }

  private static final Places PLACES =
      places(Set.of("Oxley", "Marlow", "Kelsa", "Brinton", "Dunmore", "Ferris", "West"), Set.of("Upper Tavia", "Cayman Islands"));

  private static List<TaggedSpan> one(String line, TaggedSpan... spans) {
    return ContextTypes.apply(List.of(words(line)), List.of(List.of(spans)), PLACES).get(0);
  }

  @Test void anUnknownPlaceThatBeginsAnOrganisationsNameIsItsShortForm() {
    List<List<String>> units = List.of(words("Regulators fined Quillon Bank on Monday ."),
        words("Shares in Quillon fell in Oxley ."), words("Oxley Stock Exchange opened ."));
    List<List<TaggedSpan>> out = ContextTypes.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 2, 3)),
        List.of(span(EntityType.LOCATION, 2, 2), span(EntityType.LOCATION, 5, 5)),
        List.of(span(EntityType.ORGANIZATION, 0, 2))), PLACES);
    assertEquals(List.of(span(EntityType.ORGANIZATION, 2, 2), span(EntityType.LOCATION, 5, 5)), out.get(1),
        "a place the gazetteer knows stays a place beside an organisation named after it");
  }

  @Test void anUnknownPlaceThatSpeaksAcrossARelativeClauseIsAnOrganisation() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0), span(EntityType.ORGANIZATION, 7, 8)),
        one("Snapdial , which is run by the Kelsa Group , said on Friday it would close .",
            span(EntityType.LOCATION, 0, 0), span(EntityType.ORGANIZATION, 7, 8)));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0)),
        one("Verigo , whose shares doubled this year , told investors nothing .", span(EntityType.LOCATION, 0, 0)));
    assertEquals(List.of(span(EntityType.LOCATION, 0, 0)),
        one("Kelsa , which lies on the coast , said goodbye to summer .", span(EntityType.LOCATION, 0, 0)),
        "a known place may speak");
    assertEquals(List.of(span(EntityType.LOCATION, 3, 3)),
        one("We drove through Tarrow , which was quiet , and left .", span(EntityType.LOCATION, 3, 3)));
    assertEquals(List.of(span(EntityType.LOCATION, 3, 3)),
        one("Elections in Tarrow announced on Monday were delayed .", span(EntityType.LOCATION, 3, 3)),
        "a place before a verb of saying may still be a place");
  }

  @Test void anUnknownPlaceThatIsOwnedOrBasedSomewhereIsAnOrganisation() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0)),
        one("Brelco , based in the northern town of Oxley , makes pumps .", span(EntityType.LOCATION, 0, 0)));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0)),
        one("Brelco is owned by a family trust .", span(EntityType.LOCATION, 0, 0)));
    assertEquals(List.of(span(EntityType.LOCATION, 0, 0)),
        one("Tarrow is home to a family trust .", span(EntityType.LOCATION, 0, 0)));
  }

  @Test void aKnownPlaceBeforeAPluralNounIsATeam() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 2, 3), span(EntityType.LOCATION, 5, 5)),
        one("They face Marlow Mavericks in Brinton on Friday .",
            span(EntityType.LOCATION, 2, 3), span(EntityType.LOCATION, 5, 5)));
    assertEquals(List.of(span(EntityType.LOCATION, 3, 4)),
        one("They sailed to Cayman Islands .", span(EntityType.LOCATION, 3, 4)), "a plural place the gazetteer knows");
    assertEquals(List.of(span(EntityType.LOCATION, 2, 3)),
        one("Hikers reached Dunmore Heights .", span(EntityType.LOCATION, 2, 3)), "a plural place word");
    assertEquals(List.of(span(EntityType.PERSON, 0, 1)),
        one("Ferris Hollings resigned .", span(EntityType.PERSON, 0, 1)), "a surname is no team");
    assertEquals(List.of(span(EntityType.LOCATION, 1, 2)),
        one("( Oxley Indies ) won .", span(EntityType.LOCATION, 1, 2)), "-es: Indies, Aires");
    assertEquals(List.of(span(EntityType.LOCATION, 0, 1)),
        one("West Midlands police said .", span(EntityType.LOCATION, 0, 1)), "a compass word begins a region");
  }

  @Test void aPersonListedWithPlacesBeforeAPlaceNounIsAPlace() {
    assertEquals(List.of(span(EntityType.LOCATION, 2, 2), span(EntityType.LOCATION, 4, 4), span(EntityType.LOCATION, 6, 6)),
        one("Floods hit Oxley , Tembur and Kelsa districts .",
            span(EntityType.LOCATION, 2, 2), span(EntityType.PERSON, 4, 4), span(EntityType.LOCATION, 6, 6)));
    assertEquals(List.of(span(EntityType.LOCATION, 0, 0), span(EntityType.PERSON, 2, 2)),
        one("Oxley and Tembur met .", span(EntityType.LOCATION, 0, 0), span(EntityType.PERSON, 2, 2)),
        "two names prove nothing");
    assertEquals(List.of(span(EntityType.PERSON, 0, 0), span(EntityType.LOCATION, 2, 2), span(EntityType.PERSON, 4, 4)),
        one("Adams , Ferris , Brown scored .",
            span(EntityType.PERSON, 0, 0), span(EntityType.LOCATION, 2, 2), span(EntityType.PERSON, 4, 4)),
        "a list with people in it is of people");
  }

  @Test void aPersonInAppositionToAPlaceNounIsAPlace() {
    assertEquals(List.of(span(EntityType.LOCATION, 2, 2)),
        one("Boats reached Tembur , the river island , at dawn .", span(EntityType.PERSON, 2, 2)));
    assertEquals(List.of(span(EntityType.PERSON, 0, 1)),
        one("Ana Tembur , the city 's mayor , spoke .", span(EntityType.PERSON, 0, 1)));
  }

  @Test void aPersonNamedAsARegionIsThatRegion() {
    assertEquals(List.of(span(EntityType.LOCATION, 4, 5)),
        one("near the border with Upper Tavia .", span(EntityType.PERSON, 4, 5)));
    assertEquals(List.of(span(EntityType.PERSON, 0, 0)),
        one("Tembur said no .", span(EntityType.PERSON, 0, 0)));
  }

  @Test void aCountryTheTaggerCalledAnOrganisationIsTheCountry() {
    assertEquals(List.of(span(EntityType.LOCATION, 0, 0), span(EntityType.LOCATION, 2, 3)),
        one("Canada beat Upper Tavia 3-1 in a World Cup qualifier .",
            span(EntityType.LOCATION, 0, 0), span(EntityType.ORGANIZATION, 2, 3)));
  }

  @Test void aCountrysNameInATableColumnOrBeginningAnOrganisationStaysAnOrganisation() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 1)),
        one("Upper Tavia 3 1 1 1 5 3 4", span(EntityType.ORGANIZATION, 0, 1)));
    assertEquals(List.of(span(EntityType.PERSON, 0, 1), span(EntityType.ORGANIZATION, 3, 4)),
        one("Enzo Scifo ( Upper Tavia ) ,", span(EntityType.PERSON, 0, 1), span(EntityType.ORGANIZATION, 3, 4)));
    List<List<String>> units = List.of(words("Upper Tavia Telecom raised prices ."), words("Upper Tavia said no ."));
    List<List<TaggedSpan>> out = ContextTypes.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 0, 2)), List.of(span(EntityType.ORGANIZATION, 0, 1))), PLACES);
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 1)), out.get(1));
  }

  @Test void aNameAfterAPlaceNounAndOfIsThatPlace() {
    assertEquals(List.of(span(EntityType.LOCATION, 8, 8)),
        one("Police found the girl in the city of Graswick .", span(EntityType.ORGANIZATION, 8, 8)));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 3, 3)),
        one("the chairman of Graswick said so .", span(EntityType.ORGANIZATION, 3, 3)));
  }

  @Test void theTeamsPlaceAloneWhereNoPlaceGoesIsTheTeam() {
    List<List<String>> units = List.of(words("Oxley Owls beat Marlow Mavericks ."),
        words("Marlow never recovered ."), words("Marlow coach Ana Tembur was angry ."),
        words("They play in Marlow on Friday ."), words("Marlow , a river town , is quiet ."),
        words("Marlow police closed roads ."));
    List<List<TaggedSpan>> out = ContextTypes.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 0, 1), span(EntityType.ORGANIZATION, 3, 4)),
        List.of(span(EntityType.LOCATION, 0, 0)),
        List.of(span(EntityType.ORGANIZATION, 0, 0), span(EntityType.PERSON, 2, 3)),
        List.of(span(EntityType.LOCATION, 3, 3)),
        List.of(span(EntityType.LOCATION, 0, 0)),
        List.of(span(EntityType.LOCATION, 0, 0))), PLACES);
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0)), out.get(1));
    assertEquals(List.of(span(EntityType.LOCATION, 0, 0)), out.get(5), "the town's police");
    assertEquals(List.of(span(EntityType.LOCATION, 3, 3)), out.get(3), "after in: the place");
    assertEquals(List.of(span(EntityType.LOCATION, 0, 0)), out.get(4), "before a comma: the place");
  }

  @Test void theTeamsPlaceStaysAPlaceWhenTheTaggerNeverCalledItATeam() {
    List<List<String>> units = List.of(words("Oxley Owls beat Marlow Mavericks ."), words("Marlow never recovered ."));
    List<List<TaggedSpan>> out = ContextTypes.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 0, 1), span(EntityType.ORGANIZATION, 3, 4)),
        List.of(span(EntityType.LOCATION, 0, 0))), PLACES);
    assertEquals(List.of(span(EntityType.LOCATION, 0, 0)), out.get(1));
  }

  @Test void aRiverTheTaggerAlsoCalledAnOrganisationIsTheRiverWhereItDoesNotSpeak() {
    List<List<String>> units = List.of(words("Floods from the swollen Tavia hit Oxley ."),
        words("The Tavia overflowed its banks ."), words("Tavia said nothing ."));
    List<List<TaggedSpan>> out = ContextTypes.apply(units, List.of(
        List.of(span(EntityType.LOCATION, 4, 4), span(EntityType.LOCATION, 6, 6)),
        List.of(span(EntityType.ORGANIZATION, 1, 1)),
        List.of(span(EntityType.ORGANIZATION, 0, 0))), PLACES);
    assertEquals(List.of(span(EntityType.LOCATION, 1, 1)), out.get(1));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0)), out.get(2), "a name that speaks may be a company");
  }

  @Test void aRiversNameTheTaggerOnlyCalledAnOrganisationStaysOne() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 1, 1)),
        one("The Tavia shares rose .", span(EntityType.ORGANIZATION, 1, 1)));
  }

  @Test void aPersonOwnedAcrossAWhichClauseIsABody() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0)),
        one("Snapdial , which is owned by a Dublin group , said so .", span(EntityType.PERSON, 0, 0)));
    assertEquals(List.of(span(EntityType.PERSON, 0, 1)),
        one("Ana Tembur , who is based in Oxley , said so .", span(EntityType.PERSON, 0, 1)));
  }

  @Test void aLonePersonWhoseWordBeginsAnOrganisationIsItsShortForm() {
    List<List<String>> units = List.of(words("Regulators fined Quillon Bank ."), words("Shares in Quillon rose ."));
    List<List<TaggedSpan>> out = ContextTypes.apply(units, List.of(
        List.of(span(EntityType.ORGANIZATION, 2, 3)), List.of(span(EntityType.PERSON, 2, 2))), PLACES);
    assertEquals(List.of(span(EntityType.ORGANIZATION, 2, 2)), out.get(1));
    units = List.of(words("Regulators fined Quillon Bank ."), words("Mary Quillon said no ."), words("Quillon left ."));
    out = ContextTypes.apply(units, List.of(List.of(span(EntityType.ORGANIZATION, 2, 3)),
        List.of(span(EntityType.PERSON, 0, 1)), List.of(span(EntityType.PERSON, 0, 0))), PLACES);
    assertEquals(List.of(span(EntityType.PERSON, 0, 0)), out.get(2), "a person of that name");
  }

  @Test void aKnownPlaceAfterInIsAPlace() {
    assertEquals(List.of(span(EntityType.LOCATION, 3, 3)),
        one("Factory owners in Brinton , a trading hub , said so .", span(EntityType.PERSON, 3, 3)));
    assertEquals(List.of(span(EntityType.PERSON, 3, 3)),
        one("the final in Brinton 's career", span(EntityType.PERSON, 3, 3)));
    assertEquals(List.of(span(EntityType.PERSON, 3, 3)),
        one("We believe in Ferris .", span(EntityType.PERSON, 3, 3)), "a hamlet's name proves nothing");
  }

  @Test void aKnownPlaceCoordinatedWithAPlaceIsAPlace() {
    assertEquals(List.of(span(EntityType.LOCATION, 4, 4), span(EntityType.LOCATION, 6, 6)),
        one("People will drive to Brinton or Oxley instead .",
            span(EntityType.ORGANIZATION, 4, 4), span(EntityType.LOCATION, 6, 6)));
    assertEquals(List.of(span(EntityType.LOCATION, 0, 0), span(EntityType.ORGANIZATION, 2, 2)),
        one("Oxley , Brinton newspaper said .", span(EntityType.LOCATION, 0, 0), span(EntityType.ORGANIZATION, 2, 2)),
        "a comma is no coordination");
  }

  @Test void aPersonBeforeAPostAndAPersonIsWhereThePostIsHeld() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 1, 1), span(EntityType.PERSON, 3, 4)),
        one("Before Quillonia chairman Ana Tembur spoke .", span(EntityType.PERSON, 1, 1), span(EntityType.PERSON, 3, 4)));
    // A town's club, a country's national side, a town's member of parliament.
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 0), span(EntityType.PERSON, 2, 3)),
        one("Brinton boss Ana Tembur left .", span(EntityType.PERSON, 0, 0), span(EntityType.PERSON, 2, 3)));
    assertEquals(List.of(span(EntityType.LOCATION, 0, 1), span(EntityType.PERSON, 3, 4)),
        one("Upper Tavia coach Ana Tembur left .", span(EntityType.PERSON, 0, 1), span(EntityType.PERSON, 3, 4)));
    assertEquals(List.of(span(EntityType.LOCATION, 0, 0), span(EntityType.PERSON, 2, 3)),
        one("Brinton MP Ana Tembur left .", span(EntityType.PERSON, 0, 0), span(EntityType.PERSON, 2, 3)));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 1), span(EntityType.PERSON, 3, 4)),
        one("Lib Dem leader Ana Tembur left .", span(EntityType.PERSON, 0, 1), span(EntityType.PERSON, 3, 4)));
    assertEquals(List.of(span(EntityType.PERSON, 0, 1), span(EntityType.PERSON, 3, 4)),
        one("Mary Quill met Ana Tembur .", span(EntityType.PERSON, 0, 1), span(EntityType.PERSON, 3, 4)));
  }

  @Test void aNameBeforeAPlaceNounIsAPlaceUnlessItReadsAsAnAdjective() {
    assertEquals(List.of(span(EntityType.LOCATION, 5, 5)),
        one("Soldiers stopped him at the al-Ram checkpoint .", span(EntityType.MISC, 5, 5)));
    assertEquals(List.of(span(EntityType.MISC, 5, 5)),
        one("Comelf is based in the Transylvanian town of Bistrita .", span(EntityType.MISC, 5, 5)));
    assertEquals(List.of(span(EntityType.MISC, 3, 3)),
        one("Shells hit the Serb-held town .", span(EntityType.MISC, 3, 3)));
  }

  @Test void aNameEndingInABodysWordIsAnOrganisation() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 3, 5)),
        one("Shares on the Quillon Stock Exchange fell .", span(EntityType.MISC, 3, 5)));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 0, 1)),
        one("Amnesty International said so .", span(EntityType.PERSON, 0, 1)));
    assertEquals(List.of(span(EntityType.MISC, 1, 3)),
        one("The Quillon Stock Exchange 100 index fell .", span(EntityType.MISC, 1, 3)), "an index");
    assertEquals(List.of(span(EntityType.ORGANIZATION, 1, 3)),
        one("The Quillon Stock Exchange index fell .", span(EntityType.MISC, 1, 3)));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 4, 5)),
        one("a statement released by Harlan Bros .", span(EntityType.PERSON, 4, 5)), "a company's legal ending");
    assertEquals(List.of(span(EntityType.MISC, 1, 2)),
        one("The Blues Brothers opened .", span(EntityType.MISC, 1, 2)), "a film's brothers");
  }

  @Test void aNameAfterClubOrTeamIsAClubUnlessACountry() {
    assertEquals(List.of(span(EntityType.ORGANIZATION, 4, 5)),
        one("Spanish first division team Deportivo Coruna lost .", span(EntityType.PERSON, 4, 5)));
    assertEquals(List.of(span(EntityType.LOCATION, 2, 3)),
        one("the team Upper Tavia won .", span(EntityType.LOCATION, 2, 3)), "a national side");
  }

  @Test void contextRulesLeaveGroupsFaithsSpokesmenAndCapitalAlone() {
    assertEquals(List.of(span(EntityType.PERSON, 3, 3)),
        one("Aides in the Tembur camp said so .", span(EntityType.PERSON, 3, 3)));
    assertEquals(List.of(span(EntityType.MISC, 1, 1)),
        one("the Moslem enclave of Oxley fell .", span(EntityType.MISC, 1, 1)));
    assertEquals(List.of(span(EntityType.PERSON, 0, 0), span(EntityType.PERSON, 2, 3)),
        one("Brinton spokesman Ana Tembur said so .", span(EntityType.PERSON, 0, 0), span(EntityType.PERSON, 2, 3)));
    assertEquals(List.of(span(EntityType.ORGANIZATION, 8, 9)),
        one("He bought 10 percent of the capital of Quillon Bank .", span(EntityType.ORGANIZATION, 8, 9)));
  }

  @Test void aTownBeforeAPlayersPostAndAPersonIsTheClub() {
    List<TaggedSpan> out = one("Marlow striker Ian Hale scored twice .",
        span(EntityType.LOCATION, 0, 0), span(EntityType.PERSON, 2, 3));
    assertEquals(EntityType.ORGANIZATION, out.get(0).type());
  }

  @Test void aCountryBeforeAPlayersPostStaysAPlace() {
    List<TaggedSpan> out = one("Upper Tavia captain Ian Hale scored twice .",
        span(EntityType.LOCATION, 0, 1), span(EntityType.PERSON, 3, 4));
    assertEquals(EntityType.LOCATION, out.get(0).type(), "a national side is its country");
    List<TaggedSpan> mayor = one("Marlow mayor Ian Hale spoke .",
        span(EntityType.LOCATION, 0, 0), span(EntityType.PERSON, 2, 3));
    assertEquals(EntityType.LOCATION, mayor.get(0).type(), "a town's own post");
    List<TaggedSpan> branch = one("the bank 's Marlow manager Ian Hale said .",
        span(EntityType.LOCATION, 3, 3), span(EntityType.PERSON, 5, 6));
    assertEquals(EntityType.LOCATION, branch.get(0).type(), "a branch's manager");
  }

  @Test void aNameBeforeAClubPostIsABodyWhereverElseItIsCalledAPerson() {
    List<List<String>> units = List.of(words("Rovana started strongly ."),
        words("Rovana chairman Ian Hale was angry ."), words("Ian Hale spoke ."),
        words("They drew at Rovana Marlow ."), words("Rovana Pike scored ."));
    List<List<TaggedSpan>> out = ContextTypes.apply(units, List.of(
        List.of(span(EntityType.PERSON, 0, 0)),
        List.of(span(EntityType.ORGANIZATION, 0, 0), span(EntityType.PERSON, 2, 3)),
        List.of(span(EntityType.PERSON, 0, 1)), List.of(span(EntityType.PERSON, 3, 4)),
        List.of(span(EntityType.PERSON, 0, 1))), PLACES);
    assertEquals(EntityType.ORGANIZATION, out.get(0).get(0).type());
    assertEquals(EntityType.PERSON, out.get(2).get(0).type());
    assertEquals(EntityType.ORGANIZATION, out.get(3).get(0).type(), "the club's name and its town");
    assertEquals(EntityType.PERSON, out.get(4).get(0).type(), "a person who shares the club's first word");
  }

  @Test void aPlaceThatOneMentionMadeOfAPersonStaysThatMentionsAlone() {
    List<List<String>> units = List.of(words("Ann Oxley stars ."), words("It opened in Oxley ."),
        words("Oxley said she liked it ."));
    List<List<TaggedSpan>> out = ContextTypes.apply(units, List.of(List.of(span(EntityType.PERSON, 0, 1)),
        List.of(span(EntityType.PERSON, 3, 3)), List.of(span(EntityType.PERSON, 0, 0))), PLACES);
    assertEquals(EntityType.PERSON, out.get(2).get(0).type(), "the actress, not the town");
  }

  @Test void aPersonsSurnameBeforeAPostStaysThePerson() {
    List<List<String>> units = List.of(words("Ann Hale won ."), words("Hale coach Ian Pike said ."));
    List<List<TaggedSpan>> out = ContextTypes.apply(units, List.of(
        List.of(span(EntityType.PERSON, 0, 1)),
        List.of(span(EntityType.PERSON, 0, 0), span(EntityType.PERSON, 2, 3))), PLACES);
    assertEquals(EntityType.PERSON, out.get(1).get(0).type(), "Hale's coach");
  }

  @Test void aTownAndAClubsWordIsAClubUnlessTheGazetteerKnowsTheWhole() {
    assertEquals(EntityType.ORGANIZATION, one("Ian Hale of Marlow United scored .",
        span(EntityType.PERSON, 0, 1), span(EntityType.LOCATION, 3, 4)).get(1).type());
    Places withWhole = places(Set.of("Marlow", "Marlow United"), Set.of());
    List<TaggedSpan> out = ContextTypes.apply(List.of(words("He lives in Marlow United .")),
        List.of(List.of(span(EntityType.LOCATION, 3, 4))), withWhole).get(0);
    assertEquals(EntityType.LOCATION, out.get(0).type(), "a place of that name");
    assertEquals(EntityType.LOCATION, one("Marlow City council met .", span(EntityType.LOCATION, 0, 1)).get(0).type(),
        "City ends places the gazetteer misses");
  }

  @Test void aBodyOrPlaceNamedLikeACompetitionIsTheCompetition() {
    assertEquals(EntityType.MISC, one("Marlow won the Tavia Cup final .", span(EntityType.ORGANIZATION, 3, 4)).get(0).type());
    assertEquals(EntityType.MISC, one("the Greater Oxley Open began .", span(EntityType.LOCATION, 1, 3)).get(0).type());
    assertEquals(EntityType.ORGANIZATION, one("the Awami League won .", span(EntityType.ORGANIZATION, 1, 2)).get(0).type(),
        "a party");
    assertEquals(EntityType.ORGANIZATION, one("the Kelsa Tour said .", span(EntityType.ORGANIZATION, 1, 2)).get(0).type(),
        "a tour's governing body");
  }
}
