package newsgraph.entities;

import static newsgraph.entities.TaggedText.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;
import org.junit.jupiter.api.Test;

class LineUpsTest {
  private static final EntityType PER = EntityType.PERSON;
  private static final EntityType ORG = EntityType.ORGANIZATION;
  private static final EntityType LOC = EntityType.LOCATION;

  private static List<List<String>> line(String text) {
    return List.of(Arrays.asList(text.split(" ")));
  }

  @Test void aNumberedNameTheTaggerCalledABodyIsAPlayerWhenTheLineIsMostlyPlayers() {
    // Harbour(0) -(1) 1(2) -(3) Tomas(4) Brel(5) ,(6) 4(7) -(8) Ivo(9) Sant(10) ((11) 14(12) -(13)
    // Luka(14) Pero(15) 57th(16) )(17) ,(18) 2(19) -(20) Dario(21) Kren(22) ,(23) 5(24) -(25) Aldo(26) Vuk(27)
    List<List<String>> units = line(
        "Harbour - 1 - Tomas Brel , 4 - Ivo Sant ( 14 - Luka Pero 57th ) , 2 - Dario Kren , 5 - Aldo Vuk .");
    List<TaggedSpan> tagged = List.of(span(LOC, 0, 0), span(PER, 4, 5), span(PER, 9, 10), span(PER, 14, 15),
        span(ORG, 21, 22), span(PER, 26, 27));
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(tagged));
    LineUps.retype(units, spans);
    assertEquals(List.of(span(LOC, 0, 0), span(PER, 4, 5), span(PER, 9, 10), span(PER, 14, 15),
        span(PER, 21, 22), span(PER, 26, 27)), spans.get(0), "the team's name before the line stays");
  }

  @Test void anUntaggedNumberedNameWithLowerCaseParticleIsAPlayer() {
    List<List<String>> units = line("1 - Ana Ruiz , 2 - Joaquin del Olmo , 3 - Eva Sol , 4 - Rui Paz");
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(List.of(span(PER, 2, 3), span(PER, 13, 14),
        span(PER, 18, 19))));
    LineUps.retype(units, spans);
    assertEquals(List.of(span(PER, 2, 3), span(PER, 7, 9), span(PER, 13, 14), span(PER, 18, 19)), spans.get(0));
  }

  @Test void aNumberedListOfClubsKeepsItsTypes() {
    List<List<String>> units = line("1 - Leeds United , 2 - Hull City , 3 - Stoke City , 4 - Alan Pike");
    List<TaggedSpan> tagged = List.of(span(ORG, 2, 3), span(ORG, 7, 8), span(ORG, 12, 13), span(PER, 17, 18));
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(tagged));
    LineUps.retype(units, spans);
    assertEquals(tagged, spans.get(0));
  }

  @Test void twoNumberedPeopleAreNoLineUp() {
    List<List<String>> units = line("1 - Ana Ruiz , 2 - Eva Sol , 3 - Tagus Bank");
    List<TaggedSpan> tagged = List.of(span(PER, 2, 3), span(PER, 7, 8), span(ORG, 12, 13));
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(tagged));
    LineUps.retype(units, spans);
    assertEquals(tagged, spans.get(0));
  }

  @Test void aLineWhereFewerThanTwoInThreeTaggedNamesArePeopleKeepsItsTypes() {
    // three people and two bodies among five numbered names: 3 < 2/3 of 5
    List<List<String>> units = line("1 - Ana Ruiz , 2 - Eva Sol , 3 - Rui Paz , 4 - Tagus Bank , 5 - Lis Oil");
    List<TaggedSpan> tagged = List.of(span(PER, 2, 3), span(PER, 7, 8), span(PER, 12, 13), span(ORG, 17, 18),
        span(ORG, 22, 23));
    List<List<TaggedSpan>> spans = new ArrayList<>(List.of(tagged));
    LineUps.retype(units, spans);
    assertEquals(tagged, spans.get(0));
  }
}
