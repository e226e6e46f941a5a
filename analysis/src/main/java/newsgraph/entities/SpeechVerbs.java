package newsgraph.entities;

import java.util.Locale;
import java.util.Set;

/** Verbs of saying and acting in public that news attributes to a speaker (entities and quotes use it). */
public final class SpeechVerbs {
  private static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells",
      "added", "adds", "stated", "states", "announced", "announces", "confirmed", "confirms",
      "denied", "denies", "insisted", "insists", "warned", "warns", "urged", "urges", "claimed",
      "claims", "argued", "argues", "declared", "declares", "noted", "notes", "explained",
      "explains", "reported", "reports", "responded", "responds", "replied", "replies",
      "declined", "declines", "refused", "refuses", "rejected", "rejects", "welcomed", "welcomes",
      "condemned", "condemns", "criticised", "criticized", "criticises", "criticizes",
      "accused", "accuses", "demanded", "demands", "promised", "promises", "pledged", "pledges",
      "vowed", "vows", "acknowledged", "acknowledges", "admitted", "admits", "suggested",
      "suggests", "estimated", "estimates", "predicted", "predicts", "called", "calls",
      "described", "describes", "ordered", "orders", "issued", "issues", "wrote", "writes",
      "tweeted", "posted", "maintained", "maintains", "stressed", "stresses", "cautioned",
      "cautions", "countered", "counters", "repeated", "reiterated", "reiterates", "asked", "asks",
      "saying", "adding", "noting", "arguing", "telling", "explaining", "recalled", "recalls",
      // Verbs that introduce a quote in news though they report little else.
      "continued", "continues", "quipped", "quips", "joked", "jokes", "remarked", "answered",
      "shouted", "exclaimed", "cried", "asserted", "asserts", "conceded", "concedes",
      "complained", "complains", "lamented", "boasted", "mused", "agreed", "concluded",
      "emphasized", "emphasised", "testified", "observed", "chanted", "wondered", "mocked",
      "mocks", "scoffed", "thundered", "snapped", "insisting", "warning", "claiming",
      "suggesting", "asking", "declaring", "writing");

  private SpeechVerbs() {}

  public static boolean contains(String word) {
    return VERBS.contains(word.toLowerCase(Locale.ROOT));
  }
}
