package newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Sentence;
import newsgraph.document.Span;
import newsgraph.document.Token;
import newsgraph.pipeline.Stage;

/**
 * Adds the bodies an article lets speak without naming them: {@code the health ministry said},
 * {@code Russia's agriculture ministry said on Tuesday}, {@code the company added}. Such a phrase
 * becomes a mention of the one named organisation it shortens ({@code the bank} for Thameside
 * Bank), or else of a new ORGANIZATION entity named by the phrase. Only phrases that are the
 * subject of a verb of saying count: "the company" in passing is no actor. Needs sentences,
 * tokens and entities; renumbers the entities by first mention.
 */
public final class UnnamedBodyFinder implements Stage {
  private static final Set<String> BODIES = Set.of("ministry", "government", "company", "bank",
      "agency", "police", "army", "military", "court", "council", "department", "authority",
      "regulator", "watchdog", "group", "firm", "union", "party", "club", "committee",
      "commission", "embassy", "administration", "cabinet", "parliament", "board", "federation",
      "league", "organisers", "organizers", "airline", "carrier", "operator", "insurer", "lender",
      "retailer", "university", "hospital", "charity", "prosecutors", "prosecution", "presidency",
      "secretariat", "office", "force", "navy", "junta", "regime", "consulate", "mission");
  private static final Set<String> OPENERS = Set.of("the", "its", "their", "his", "her");
  private static final int MAX_PHRASE_TOKENS = 5;

  @Override
  public Document apply(Document doc) {
    if (doc.sentences().isEmpty()) return doc;
    CodePointIndex index = CodePointIndex.of(doc.text());
    NamedSpans named = new NamedSpans(doc);
    List<Mention> phrases = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = doc.tokensIn(s.span());
      for (int i = 0; i + 1 < tokens.size(); i++) {
        String head = index.substring(tokens.get(i).span());
        if (!BODIES.contains(head.toLowerCase(Locale.ROOT))) continue;
        if (!InstitutionRetyper.followedBySpeech(doc, index, new Mention(tokens.get(i).span(), head))) continue;
        int start = phraseStart(tokens, index, i);
        if (start < 0) continue;
        Span span = new Span(tokens.get(start).span().start(), tokens.get(i).span().end());
        // The possessor may be a named place ("Russia's"); the body itself must not be named.
        int own = isPossessive(index, tokens.get(Math.min(start + 1, i))) ? start + 2 : start;
        if (own > i || named.overlap(new Span(tokens.get(own).span().start(), span.end()))) continue;
        phrases.add(new Mention(span, index.substring(span)));
      }
    }
    if (phrases.isEmpty()) return doc;

    List<Entity> entities = new ArrayList<>(doc.entities());
    Map<String, List<Mention>> unnamed = new LinkedHashMap<>();
    for (Mention phrase : phrases) {
      int organisation = namedOrganisation(entities, phrase.text());
      if (organisation >= 0) {
        Entity e = entities.get(organisation);
        List<Mention> mentions = new ArrayList<>(e.mentions());
        mentions.add(phrase);
        mentions.sort(Comparator.comparingInt(m -> m.span().start()));
        List<String> aliases = new ArrayList<>(e.aliases());
        if (!aliases.contains(phrase.text())) aliases.add(phrase.text());
        entities.set(organisation, new Entity(e.id(), e.type(), e.name(), aliases, e.roles(), mentions, e.place()));
      } else {
        unnamed.computeIfAbsent(phrase.text().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(phrase);
      }
    }
    for (List<Mention> mentions : unnamed.values()) {
      entities.add(new Entity("new", EntityType.ORGANIZATION, mentions.get(0).text(), List.of(),
          List.of(), mentions, null));
    }
    entities.sort(Comparator.comparingInt(e -> e.mentions().get(0).span().start()));
    List<Entity> numbered = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      numbered.add(new Entity("e" + (numbered.size() + 1), e.type(), e.name(), e.aliases(),
          e.roles(), e.mentions(), e.place()));
    }
    return doc.withEntities(numbered);
  }

  /**
   * The first token of the phrase ending at {@code head}: after "the", a possessive pronoun or
   * a possessor ("Russia 's"), through lower-case or capitalised modifiers; -1 if none opens it.
   */
  private static int phraseStart(List<Token> tokens, CodePointIndex index, int head) {
    for (int k = head - 1; k >= 0 && head - k <= MAX_PHRASE_TOKENS; k--) {
      String w = index.substring(tokens.get(k).span());
      String lower = w.toLowerCase(Locale.ROOT);
      if (OPENERS.contains(lower)) return k + 1;
      if ((lower.equals("'s") || lower.equals("\u2019s")) && k > 0
          && Character.isUpperCase(index.substring(tokens.get(k - 1).span()).charAt(0))) {
        return k - 1;
      }
      if (!Character.isLetter(w.charAt(0))) return -1;
    }
    return -1;
  }

  private static boolean isPossessive(CodePointIndex index, Token token) {
    String w = index.substring(token.span());
    return w.equals("'s") || w.equals("\u2019s");
  }

  /**
   * The one named organisation that has every word of the phrase ({@code the bank} for Thameside
   * Bank, {@code the health ministry} for the Ministry of Health), or -1 if none or several.
   */
  private static int namedOrganisation(List<Entity> entities, String phrase) {
    int found = -1;
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.type() != EntityType.ORGANIZATION || e.name().indexOf(' ') < 0) continue;
      Set<String> nameWords = new java.util.HashSet<>(List.of(e.name().toLowerCase(Locale.ROOT).split("\\s+")));
      boolean all = true;
      for (String w : phrase.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (!nameWords.contains(w)) all = false;
      }
      if (!all) continue;
      if (found >= 0) return -1;
      found = i;
    }
    return found;
  }

  /**
   * The article's entity mentions, sorted by start, with the furthest end among each prefix:
   * whether a span overlaps one is a binary search, not a scan of every mention.
   */
  private static final class NamedSpans {
    private final int[] starts;
    private final int[] furthestEnds;

    NamedSpans(Document doc) {
      List<Span> spans = new ArrayList<>();
      for (Entity e : doc.entities()) for (Mention m : e.mentions()) spans.add(m.span());
      spans.sort(Comparator.comparingInt(Span::start));
      starts = new int[spans.size()];
      furthestEnds = new int[spans.size()];
      int furthest = Integer.MIN_VALUE;
      for (int k = 0; k < spans.size(); k++) {
        starts[k] = spans.get(k).start();
        furthest = Math.max(furthest, spans.get(k).end());
        furthestEnds[k] = furthest;
      }
    }

    /** Some mention starts before the span ends and ends after it starts. */
    boolean overlap(Span span) {
      int lo = 0;
      int hi = starts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < span.end()) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && furthestEnds[lo - 1] > span.start();
    }
  }
}
