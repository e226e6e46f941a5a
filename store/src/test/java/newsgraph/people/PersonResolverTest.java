package newsgraph.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PersonResolverTest {
  private static PersonMention m(String doc, String name, List<String> roles, List<String> orgs, List<String> others) {
    return new PersonMention(doc, "e1", name, LocalDate.parse("2024-03-01"), roles, orgs, others);
  }

  private static final PersonMention ANNA = m("d1", "Anna Smith", List.of("foreign minister"), List.of("Foreign Ministry"), List.of("Tom Ng"));
  private static final PersonMention JOHN = m("d2", "John Smith", List.of("coach"), List.of("Leeds United"), List.of("Ken Bates"));

  private static Map<String, String> resolve(PersonMention... mentions) {
    PersonResolver r = new PersonResolver();
    for (PersonMention x : mentions) r.add(x);
    return r.resolve().personOf();
  }

  @Test
  void surnameJoinsTheFullNameWhoseRoleAgrees() {
    var ids = resolve(ANNA, JOHN, m("d3", "Smith", List.of("the foreign minister"), List.of(), List.of()));
    assertEquals(ids.get("d1/e1"), ids.get("d3/e1"));
  }

  @Test
  void surnameJoinsTheFullNameWhoseOrganisationAgrees() {
    var ids = resolve(ANNA, JOHN, m("d3", "Mr Smith", List.of(), List.of("Leeds United"), List.of()));
    assertEquals(ids.get("d2/e1"), ids.get("d3/e1"));
  }

  @Test
  void initialJoinsTheFullNameNamedBesideTheSamePeople() {
    var ids = resolve(ANNA, JOHN, m("d3", "A. Smith", List.of(), List.of(), List.of("Tom Ng")));
    assertEquals(ids.get("d1/e1"), ids.get("d3/e1"));
  }

  @Test
  void twoFirstNamesAreTwoPeople() {
    var ids = resolve(ANNA, JOHN);
    assertNotEquals(ids.get("d1/e1"), ids.get("d2/e1"));
  }

  @Test
  void sameFullNameInTwoArticlesIsOnePerson() {
    var ids = resolve(ANNA, m("d9", "Anna Smith", List.of(), List.of(), List.of()));
    assertEquals(ids.get("d1/e1"), ids.get("d9/e1"));
  }

  @Test
  void initialOfAnotherFirstNameStaysApartThoughContextAgrees() {
    var ids = resolve(ANNA, JOHN, m("d3", "J. Smith", List.of("foreign minister"), List.of(), List.of()));
    assertNotEquals(ids.get("d1/e1"), ids.get("d3/e1"));
    assertNotEquals(ids.get("d2/e1"), ids.get("d3/e1"), "J. Smith shares nothing with John Smith the coach");
  }

  @Test
  void surnameWithoutContextStaysApart() {
    var ids = resolve(ANNA, JOHN, m("d3", "Smith", List.of(), List.of(), List.of()));
    assertNotEquals(ids.get("d1/e1"), ids.get("d3/e1"));
    assertNotEquals(ids.get("d2/e1"), ids.get("d3/e1"));
  }

  @Test
  void surnameThatAgreesWithBothSmithsEquallyStaysApart() {
    var anna = m("d1", "Anna Smith", List.of(), List.of("Parliament"), List.of());
    var john = m("d2", "John Smith", List.of(), List.of("Parliament"), List.of());
    var ids = resolve(anna, john, m("d3", "Smith", List.of(), List.of("Parliament"), List.of()));
    assertNotEquals(ids.get("d1/e1"), ids.get("d3/e1"));
    assertNotEquals(ids.get("d2/e1"), ids.get("d3/e1"));
  }

  @Test
  void surnamesWithoutFullNameJoinWhenTheyShareContext() {
    var ids = resolve(m("d1", "Smith", List.of("striker"), List.of(), List.of()),
        m("d2", "Smith", List.of("striker"), List.of(), List.of()),
        m("d3", "Smith", List.of("judge"), List.of(), List.of()));
    assertEquals(ids.get("d1/e1"), ids.get("d2/e1"));
    assertNotEquals(ids.get("d1/e1"), ids.get("d3/e1"));
  }

  @Test
  void canonicalNameIsTheFullFormAndEveryFormIsListed() {
    PersonResolver r = new PersonResolver();
    r.add(ANNA);
    r.add(m("d3", "Smith", List.of("foreign minister"), List.of(), List.of()));
    var res = r.resolve();
    var person = res.people().get(res.personOf().get("d3/e1"));
    assertEquals("Anna Smith", person.name());
    assertEquals(List.of("Anna Smith", "Smith"), person.names());
  }

  @Test
  void idsDoNotDependOnTheOrderMentionsArrive() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<PersonMention> all = new ArrayList<>(List.of(ANNA, JOHN,
        m("d3", "Smith", List.of("coach"), List.of(), List.of()),
        m("d4", "A. Smith", List.of(), List.of("Foreign Ministry"), List.of()),
        m("d5", "Smith", List.of(), List.of(), List.of()),
        m("d6", "Jane Doe", List.of(), List.of(), List.of())));
    var first = resolve(all.toArray(PersonMention[]::new));
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(all, random);
      assertEquals(first, resolve(all.toArray(PersonMention[]::new)), "seed=" + seed);
    }
  }

  @Test
  void everyMentionGetsAPersonOnRandomNames() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String[] words = {"Anna", "A.", "Smith", "Mr", "de", "la", "O'Neil", "-", "Dr.", "J", "Ng", "'s", "..."};
    PersonResolver r = new PersonResolver();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder name = new StringBuilder();
      for (int w = random.nextInt(4); w >= 0; w--) name.append(words[random.nextInt(words.length)]).append(' ');
      PersonMention x = new PersonMention("d" + i, "e1", name.toString(), null, List.of(), List.of(), List.of());
      r.add(x);
      keys.add(x.key());
    }
    var res = r.resolve();
    for (String k : keys) {
      assertNotNull(res.personOf().get(k), "seed=" + seed + " " + k);
      assertNotNull(res.people().get(res.personOf().get(k)), "seed=" + seed);
    }
  }

  @Test
  void shortFormGroupsGetTheSameIdInAnyInputOrder() {
    PersonMention a = m("d5", "Smith", List.of(), List.of("Harbour Board"), List.of());
    PersonMention b = m("d4", "Smith", List.of(), List.of("Harbour Board"), List.of());
    var forward = resolve(ANNA, JOHN, a, b);
    var backward = resolve(b, JOHN, a, ANNA);
    assertEquals(forward.get("d5/e1"), forward.get("d4/e1"));
    assertEquals(forward, backward);
  }

  @Test
  void eachSurnameBlockResolvesAloneAsInTheWhole() {
    PersonMention ng = m("d7", "Ng", List.of(), List.of("Foreign Ministry"), List.of());
    PersonMention tom = m("d8", "Tom Ng", List.of(), List.of("Foreign Ministry"), List.of());
    var whole = resolve(ANNA, JOHN, ng, tom, m("d3", "Smith", List.of("the foreign minister"), List.of(), List.of()));
    var smiths = resolve(ANNA, JOHN, m("d3", "Smith", List.of("the foreign minister"), List.of(), List.of()));
    var ngs = resolve(ng, tom);
    assertEquals("smith", PersonResolver.block(ANNA));
    java.util.Map<String, String> joined = new java.util.HashMap<>(smiths);
    joined.putAll(ngs);
    assertEquals(whole, joined);
  }

  /** Letters only, so each number gives its own first name (never an initial or a title). */
  private static String letters(int i) {
    StringBuilder b = new StringBuilder();
    for (i++; i > 0; i /= 26) b.append((char) ('a' + (i - 1) % 26));
    return "Zu" + b;
  }

  @Test
  void aBlockOfTensOfThousandsOfOneSurnameResolvesInLinearTime() {
    PersonResolver r = new PersonResolver();
    int fullNames = 3_000;
    for (int i = 0; i < fullNames; i++) {
      r.add(new PersonMention("f" + i, "e1", letters(i) + " Smith", null, List.of("envoy " + letters(i)), List.of(), List.of()));
    }
    // Short forms that each agree with one full name, and short forms no full name claims,
    // pairs of which share an organisation.
    for (int i = 0; i < 20_000; i++) {
      r.add(new PersonMention("s" + i, "e1", "Smith", null, List.of("envoy " + letters(i % fullNames)), List.of(), List.of()));
      r.add(new PersonMention("o" + i, "e1", "Mr Smith", null, List.of(), List.of("Board " + letters(i / 2)), List.of()));
    }
    long start = System.nanoTime();
    var res = r.resolve();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(res.personOf().get("f7/e1"), res.personOf().get("s3007/e1"));
    assertEquals(res.personOf().get("o10/e1"), res.personOf().get("o11/e1"));
    assertNotEquals(res.personOf().get("o11/e1"), res.personOf().get("o12/e1"));
    assertEquals(fullNames + 10_000, res.people().size());
    // Comparing every pair took over a minute here; the machine running tests may be busy.
    assertTrue(millis < 10_000, millis + " ms");
  }
}
