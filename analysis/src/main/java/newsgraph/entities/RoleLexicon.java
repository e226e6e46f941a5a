package newsgraph.entities;

import java.util.Locale;
import java.util.Set;

/** Nouns that head a title or a description of who someone (or some body) is. */
final class RoleLexicon {
  private static final Set<String> HEADS = Set.of(
      // office and politics
      "minister", "secretary", "president", "vice-president", "premier", "chancellor", "senator",
      "senator-elect", "congressman", "congresswoman", "representative", "governor", "mayor",
      "councillor", "councilor", "lawmaker", "legislator", "mp", "mep", "candidate", "official",
      "officials", "adviser", "advisor", "aide", "ambassador", "envoy", "diplomat", "commissioner",
      "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "speaker", "leader",
      "spokesman", "spokeswoman", "spokesperson", "negotiator", "delegate",
      // organisations
      "chairman", "chairwoman", "chair", "chairperson", "director", "director-general",
      "executive", "officer", "ceo", "cfo", "coo", "founder", "co-founder", "head", "chief",
      "manager", "partner", "owner", "president-elect", "treasurer", "economist", "analyst",
      "strategist", "editor", "correspondent", "reporter", "columnist", "researcher", "scientist",
      "professor", "lecturer", "epidemiologist", "doctor", "physician", "surgeon", "nurse",
      // law and order, the military
      "judge", "justice", "magistrate", "prosecutor", "lawyer", "attorney", "barrister",
      "solicitor", "counsel", "inspector", "superintendent", "sheriff", "commander", "general",
      "admiral", "colonel", "major", "captain", "lieutenant", "sergeant", "marshal",
      // sport, faith, others
      "coach", "striker", "goalkeeper", "midfielder", "defender", "batsman", "bowler", "champion",
      "wicketkeeper", "wicket-keeper", "all-rounder", "seamer", "spinner", "opener", "winger",
      "forward", "quarterback", "pitcher", "jockey", "trainer", "referee", "umpire", "skipper",
      "pope", "bishop", "archbishop", "cardinal", "rabbi", "imam", "priest", "pastor",
      "activist", "campaigner", "resident", "farmer", "trader", "teacher", "student", "worker",
      "fishmonger", "shopkeeper", "witness", "victim", "survivor", "author", "writer", "actor",
      "actress", "singer", "architect", "engineer", "consultant", "dj", "model", "presenter",
      "host", "comedian", "musician", "rapper", "designer", "chef", "star");

  /** Nouns that head a description of a body, not of a person. */
  private static final Set<String> BODY_HEADS = Set.of(
      "agency", "body", "watchdog", "regulator", "group", "company", "firm", "bank", "lender",
      "union", "party", "ministry", "department", "authority", "council", "court", "institute",
      "association", "charity", "organisation", "organization", "operator", "carrier", "insurer",
      "retailer", "maker", "manufacturer", "producer", "broadcaster", "newspaper", "club", "team",
      "side", "league", "federation", "committee", "commission", "board", "government");

  /** Words a title may carry in front of its head ({@code Deputy}, {@code chief}, {@code former}). */
  private static final Set<String> MODIFIERS = Set.of("deputy", "vice", "acting", "former", "chief",
      "senior", "junior", "assistant", "associate", "general", "foreign", "prime", "interior",
      "defence", "defense", "finance", "health", "trade", "justice", "education", "agriculture",
      "energy", "environment", "transport", "economy", "home", "state", "national", "regional",
      "local", "federal", "principal", "permanent", "executive", "managing", "operating",
      "financial", "technology", "non-executive", "interim", "incoming", "outgoing", "co",
      "lead", "head", "top", "public", "campaign", "press", "communications", "legal", "medical",
      "police", "army", "military", "party", "opposition", "government", "central", "cabinet",
      "shadow", "union", "club", "team", "group", "company", "bank", "fund", "policy");

  private RoleLexicon() {}

  static boolean isHead(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return HEADS.contains(lower) || BODY_HEADS.contains(lower);
  }

  /** A head of what a person is ({@code Secretary}), not of what a body is ({@code Bank}). */
  static boolean isPersonHead(String word) {
    return HEADS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * A head of what only a body is: {@code the US bank}, {@code a British firm}; not a "maker" or
   * a "producer", who may be a film-maker, nor a "government", "side" or "team", which people
   * are spoken of as being part of.
   */
  static boolean isBodyOnlyHead(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return BODY_HEADS.contains(lower) && !SHARED_HEADS.contains(lower);
  }

  private static final Set<String> SHARED_HEADS = Set.of("maker", "producer", "government", "side", "team");

  static boolean isModifier(String word) {
    return MODIFIERS.contains(word.toLowerCase(Locale.ROOT)) || isHead(word);
  }
}
