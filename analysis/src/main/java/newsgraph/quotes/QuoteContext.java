package newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Span;
import newsgraph.document.Token;
import newsgraph.entities.SpeechVerbs;

/** The document seen as tokens, with the entity each token belongs to. */
final class QuoteContext {
  final Document doc;
  final CodePointIndex index;
  final List<Token> tokens;
  final String[] words;
  final Entity[] entityOf;
  final Mention[] mentionOf;
  private static final Set<String> MALE_TITLES = Set.of("mr", "sir", "lord", "king", "prince");
  private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "madam", "lady",
      "dame", "queen", "princess");
  private final java.util.Map<String, String> genders = new java.util.HashMap<>();
  /** Where tokens, sentences and paragraphs lie; entities by id; role nouns' owners. */
  final TokenPositions positions;
  private final java.util.Map<String, Entity> byId = new java.util.HashMap<>();
  private final java.util.Map<String, java.util.Optional<Entity>> roleOwners = new java.util.HashMap<>();
  /** The speakers accepted so far, latest last. */
  final List<Entity> speakers = new ArrayList<>();

  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");
  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their",
      "our", "this", "these", "those");
  static final Set<String> QUANTIFIERS = Set.of("one", "two", "three", "another", "some", "many",
      "most", "several", "other", "others", "few", "all", "both", "each", "every", "no", "half",
      "about", "nearly", "almost", "roughly", "around");
  /** Cues that continue the last speaker's words: "He added". */
  static final Set<String> CONTINUING = Set.of("added", "adds", "continued", "continues");
  /** Words that may stand between a speaker and the cue: "Smith also said", "it has said". */
  private static final Set<String> BETWEEN = Set.of("also", "has", "have", "had", "later",
      "previously", "repeatedly", "then", "recently", "once", "publicly", "often", "would", "will",
      "reportedly", "again", "further", "first", "privately", "separately", "earlier", "now",
      "still", "even", "long", "never", "always", "initially", "subsequently", "frequently");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");
  /** A day between a speaker and the cue: "on Thursday", "yesterday". */
  private static final Set<String> WHEN = Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "yesterday", "today", "tonight");
  /** Prepositions inside a speaking noun phrase: "attorneys for the family", "a source in the room". */
  private static final Set<String> PHRASE_PREPOSITIONS = Set.of("of", "for", "at", "in", "with", "from", "on");
  /** Words after which a clause, and so a subject, begins. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "or", "while", "as",
      "because", "since", "though", "although", "after", "before", "when", "whereas", "yet", "so",
      "if", "that", "where", "until", "than", "whether");
  /** Words no noun phrase that speaks ends with, or holds. */
  private static final Set<String> NOT_HEADS = Set.of("is", "was", "are", "were", "be", "been",
      "being", "to", "not", "n't", "do", "does", "did", "can", "could", "should", "would", "will",
      "may", "might", "must", "there", "here", "what", "who", "which", "whom", "how", "why",
      "when", "where", "if", "that", "and", "or", "but", "as", "than", "then", "so", "has", "have",
      "had", "it", "also", "just", "only", "me", "him", "us", "them", "you", "with", "for", "of",
      "in", "on", "at", "by", "from", "about", "into", "over", "after", "before", "because",
      "get", "got", "let", "make", "made", "go", "went", "come", "came", "know", "knew",
      "think", "thought", "see", "saw", "want", "wanted", "like", "hear", "heard", "ever", "once");

  QuoteContext(Document doc) {
    this.doc = doc;
    this.index = CodePointIndex.of(doc.text());
    this.tokens = doc.tokens();
    this.words = new String[tokens.size()];
    this.entityOf = new Entity[tokens.size()];
    this.mentionOf = new Mention[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) words[i] = index.substring(tokens.get(i).span());
    this.positions = new TokenPositions(doc);
    for (Entity e : doc.entities()) byId.putIfAbsent(e.id(), e);
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        for (int t = positions.tokenAtOrAfter(m.span().start()); t < tokens.size()
            && tokens.get(t).span().end() <= m.span().end(); t++) {
          entityOf[t] = e;
          mentionOf[t] = m;
        }
      }
    }
  }

  void accept(String entityId) {
    Entity e = byId.get(entityId);
    if (e != null) speakers.add(e);
  }

  boolean isToListener(int cue) {
    String w = words[cue].toLowerCase(Locale.ROOT);
    return w.equals("told") || w.equals("tells") || w.equals("asked") || w.equals("asks");
  }

  String word(int i) {
    return words[i];
  }

  boolean isCue(int i) {
    return i >= 0 && i < words.length && SpeechVerbs.contains(words[i]);
  }

  boolean isQuoteMark(int i) {
    String w = words[i];
    if (w.equals("'") && i + 1 < words.length && words[i + 1].equals("'")) return true;
    return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("\u00ab")
        || w.equals("\u00bb") || w.equals("\u2018") || w.equals("\u2019") || w.equals("``") || w.equals("''");
  }

  /** A speaker starting at token {@code i} (a name, a pronoun, "the spokesman"), cue at {@code cue}. */
  Attribution speakerAt(int i, int cue) {
    if (i < 0 || i >= words.length) return null;
    if (entityOf[i] != null) return named(i, cue);
    if (PRONOUNS.contains(lower(i))) return pronoun(i, cue);
    // "said Del. Stacey Plaskett", "said Rep. Elijah Cummings": a title before the name.
    for (int j = i; j < words.length && j <= i + 3 && isTitleWord(j) && !words[i].equals("."); j++) {
      if (j + 1 < words.length && entityOf[j + 1] != null && entityOf[j + 1].type() == EntityType.PERSON) {
        return named(j + 1, cue);
      }
    }
    if (!DETERMINERS.contains(lower(i)) && !QUANTIFIERS.contains(lower(i))) return null;
    int end = i + 1;
    while (end < words.length && end <= i + 6 && isPhraseWord(end) && entityOf[end] == null) end++;
    if (end < words.length && end <= i + 3 && entityOf[end] != null) return named(end, cue);
    // "said the spokesman", "said one Democratic source on the panel"
    return end - 1 > i ? nominal(i, end - 1, cue) : null;
  }

  /** A speaker whose last token is {@code i} (a name, a pronoun, "the spokesman", "Police officials"). */
  Attribution speakerEndingAt(int i, int cue) {
    // "The ministry on Thursday confirmed", "Smith yesterday said": skip the time phrase first.
    if (i > 1 && i == cue - 1 && WHEN.contains(lower(i)) && lower(i - 1).equals("on")) i -= 2;
    else if (i > 0 && i == cue - 1 && WHEN.contains(lower(i)) && !WEEKDAYS.contains(lower(i))) i--;
    // "Smith also said", "the company has said": skip the auxiliaries and adverbs before the cue.
    while (i > 0 && i >= cue - 3 && BETWEEN.contains(lower(i))) i--;
    if (i > 0 && words[i].equals(")")) {
      // "Rep. Stephen Lynch (D-Mass.) said": the name before the parenthesis.
      int open = i - 1;
      while (open > 0 && open >= i - 8 && !words[open].equals("(")) open--;
      if (words[open].equals("(")) i = open - 1;
    }
    if (i < 0) return null;
    if (words[i].equals(",")) {
      // "The Swiss delegate, Dr Claire Morand, said": the name just before the comma, when it
      // stands on its own after a comma (not "..., who leads the group Fair Banking Now,").
      if (i > 0 && entityOf[i - 1] != null && (entityOf[i - 1].type() == EntityType.PERSON
          || entityOf[i - 1].type() == EntityType.ORGANIZATION)) {
        int k = i - 1;
        while (k > 0 && mentionOf[k - 1] == mentionOf[i - 1]) k--;
        while (k > 0 && Character.isUpperCase(words[k - 1].charAt(0)) && entityOf[k - 1] == null) k--;
        if (k > 0 && words[k - 1].equals(",")) return named(i - 1, cue);
      }
      // "Smith, the foreign minister, said": skip back over the apposition, to a person or an
      // organisation rather than a place ("Clinton, during a town hall in Columbus, Ohio, said").
      int nearest = -1;
      for (int j = i - 1; j >= 0 && j >= i - 25; j--) {
        if (words[j].equals(",") && j > 0 && entityOf[j - 1] != null) {
          if (entityOf[j - 1].type() == EntityType.PERSON || entityOf[j - 1].type() == EntityType.ORGANIZATION) {
            return named(j - 1, cue);
          }
          if (nearest < 0) nearest = j - 1;
        }
        if (isQuoteMark(j) || isSentenceEnd(j)) break;
      }
      return nearest < 0 ? null : named(nearest, cue);
    }
    if (entityOf[i] != null && (entityOf[i].type() != EntityType.MISC || words[i].endsWith("s"))) {
      return named(i, cue);
    }
    if (PRONOUNS.contains(lower(i))) return pronoun(i, cue);
    for (int j = i; j >= 0 && j >= i - 3; j--) {
      if (DETERMINERS.contains(lower(j))) {
        Attribution r = byRole(j, i, cue);
        if (r != null) return r;
        break;
      }
    }
    int start = nominalStart(i);
    return start < 0 ? null : nominal(start, i, cue);
  }

  /** "an architect who said": the mention is "who", the speaker the entity just before it. */
  Attribution relativeSpeaker(int who, int cue) {
    Mention m = new Mention(tokens.get(who).span(), words[who]);
    int j = who - 1;
    if (j >= 0 && words[j].equals(",")) j--;
    String speaker = j >= 0 && entityOf[j] != null && entityOf[j].type() != EntityType.MISC ? entityOf[j].id() : null;
    return new Attribution(words[cue], tokens.get(cue).span(), speaker, m, speaker == null ? 0.4 : 0.7, false);
  }

  /** "saying", "adding": a participle whose speaker is the subject of its sentence. */
  boolean isParticiple(int i) {
    return lower(i).endsWith("ing");
  }

  /**
   * "Twitter said in a statement, adding that ...", "she sent an email saying ...": the first name
   * or pronoun of the sentence, which is its subject more often than not; null if none comes
   * within a few words.
   */
  Attribution subjectOf(int cue) {
    int start = positions.sentenceStartToken(cue);
    for (int t = start; t < cue && t <= start + 8; t++) {
      if (isQuoteMark(t)) return null;
      if (entityOf[t] != null && entityOf[t].type() != EntityType.MISC) return named(t, cue);
      if (PRONOUNS.contains(lower(t))) return pronoun(t, cue);
    }
    return null;
  }

  /** "according to officials with knowledge of the meeting": the words up to the next punctuation. */
  Attribution phraseAt(int i, int cue) {
    int end = i;
    while (end < words.length && end < i + 8 && isPhraseWord(end)) end++;
    return end > i ? nominal(i, end - 1, cue) : null;
  }

  /**
   * The first token of a noun phrase that ends at {@code end} and stands at the start of a clause
   * ("Police officials", "the book", "Another 19 percent"), or -1. Without part-of-speech tags
   * the phrase is kept short and must begin at a determiner or a clause boundary.
   */
  private int nominalStart(int end) {
    if (!isPhraseWord(end) || NOT_HEADS.contains(lower(end))) return -1;
    for (int j = end; j >= 0 && j >= end - 8; j--) {
      boolean inner = j != end && PHRASE_PREPOSITIONS.contains(lower(j));
      if (!isPhraseWord(j) || isCue(j)) return -1;
      if (inner) continue;
      boolean preposition = j > 0 && PHRASE_PREPOSITIONS.contains(lower(j - 1));
      // "attorneys for the family": a determiner after "for" does not start the phrase.
      if ((DETERMINERS.contains(lower(j)) || QUANTIFIERS.contains(lower(j))) && !preposition) return j;
      if (NOT_HEADS.contains(lower(j)) && j != end) return -1;
      if (j == 0 || isClauseBoundary(j - 1)) {
        return Character.isUpperCase(words[j].charAt(0)) || j > 0 && !isSentenceEnd(j - 1) ? j : -1;
      }
    }
    return -1;
  }

  /** Whether a mention begins its sentence or follows a comma, semicolon or dash. */
  boolean opensClause(Mention m) {
    int t = positions.tokenAtOrAfter(m.span().start());
    return t == 0 || isSentenceEnd(t - 1) || isClauseBoundary(t - 1) || t == positions.sentenceStartToken(t);
  }

  /** A speaker named by a phrase that is no entity: {@code speaker} null, the phrase as mention. */
  private Attribution nominal(int from, int to, int cue) {
    if (DETERMINERS.contains(lower(to)) || QUANTIFIERS.contains(lower(to)) && to == from && Character.isLowerCase(words[to].charAt(0))) {
      return null; // a phrase cut short after "the", "an" or "all" names no one
    }
    if (from == to && lower(to).endsWith("ly") && Character.isLowerCase(words[to].charAt(0))) {
      return null; // "the election, widely expected in May": an adverb, not a speaker
    }
    Attribution r = byRole(from, to, cue);
    if (r != null) return r;
    Span span = new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
    return new Attribution(words[cue], tokens.get(cue).span(), null,
        new Mention(span, index.substring(span)), 0.5, false);
  }

  /** A capitalised word, or the full stop of a short abbreviation ("Del ." as tokenized), before a name. */
  boolean isTitleWord(int j) {
    String w = words[j];
    if (w.equals(".")) return j > 0 && words[j - 1].length() <= 4 && Character.isUpperCase(words[j - 1].charAt(0));
    return Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '.');
  }

  private boolean isPhraseWord(int j) {
    String w = words[j];
    return w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '\'' || c == '\u2019')
        && Character.isLetterOrDigit(w.charAt(0)) || w.equals("'s") || w.equals("\u2019s");
  }

  private boolean isSentenceEnd(int j) {
    return words[j].equals(".") || words[j].equals("?") || words[j].equals("!");
  }

  private boolean isClauseBoundary(int j) {
    String w = words[j];
    return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) || isQuoteMark(j) || w.equals("--")
        || CLAUSE_OPENERS.contains(lower(j));
  }

  private String lower(int i) {
    return words[i].toLowerCase(Locale.ROOT);
  }

  /** Partial quotes: the speaker of a reporting cue earlier in the sentence. */
  Attribution reportingSpeakerBefore(int open) {
    int start = positions.sentenceStartToken(open);
    for (int i = open - 1; i > start; i--) {
      if (isCue(i)) {
        Attribution a = speakerEndingAt(i - 1, i);
        if (a != null) return a.adjacent(false);
      }
    }
    return null;
  }

  private Attribution named(int i, int cue) {
    Entity e = entityOf[i];
    return new Attribution(words[cue], tokens.get(cue).span(), e.id(), mentionOf[i], 0.9, false);
  }

  private Attribution pronoun(int i, int cue) {
    Mention m = new Mention(tokens.get(i).span(), words[i]);
    // "He added" goes on with the last speaker; otherwise "he"/"she" is the person named last
    // before it (a reporter introduces a speaker, then quotes "she said"). "it" is the last
    // organisation; "they"/"we" is the last speaker of any kind.
    String w = lower(i);
    boolean personal = !w.equals("they") && !w.equals("we") && !w.equals("it");
    boolean continuing = CONTINUING.contains(lower(cue));
    String speaker = null;
    if (w.equals("it")) {
      speaker = namedBefore(i, EntityType.ORGANIZATION);
    } else {
      if (personal && !continuing) speaker = namedBefore(i, EntityType.PERSON);
      for (int k = speakers.size() - 1; k >= 0 && speaker == null; k--) {
        if (!personal || speakers.get(k).type() == EntityType.PERSON) speaker = speakers.get(k).id();
      }
      if (speaker == null && personal) speaker = namedBefore(i, EntityType.PERSON);
    }
    return new Attribution(words[cue], tokens.get(cue).span(), speaker, m, speaker == null ? 0.3 : 0.75, false);
  }

  private String namedBefore(int i, EntityType type) {
    String pronoun = lower(i);
    for (int j = i - 1; j >= 0; j--) {
      if (entityOf[j] == null || entityOf[j].type() != type) continue;
      // "she" is not a man called "Mr. Clarke", nor "he" a "Ms. Warren".
      String gender = genderOf(entityOf[j]);
      if (pronoun.equals("he") && "f".equals(gender) || pronoun.equals("she") && "m".equals(gender)) continue;
      return entityOf[j].id();
    }
    return null;
  }

  /** "m" or "f" when a title before one of the entity's mentions says so (Mr., Mrs., Ms.), else null. */
  private String genderOf(Entity e) {
    return genders.computeIfAbsent(e.id(), id -> {
      for (Mention m : e.mentions()) {
        int t = positions.tokenAtOrAfter(m.span().start()) - 1;
        if (t >= 0 && words[t].equals(".")) t--;
        if (t < 0) continue;
        String w = lower(t).replace(".", "");
        if (MALE_TITLES.contains(w)) return "m";
        if (FEMALE_TITLES.contains(w)) return "f";
      }
      return "";
    });
  }

  /** "the spokesman": the entity whose roles name that noun. */
  private Attribution byRole(int from, int to, int cue) {
    String noun = words[to].toLowerCase(Locale.ROOT);
    if (noun.length() < 3 || to <= from || NOT_HEADS.contains(noun) || DETERMINERS.contains(noun)) return null;
    // The first entity with a role naming the noun, found once per noun: an article quotes
    // "the spokesman" many times over.
    Entity owner = roleOwners.computeIfAbsent(noun, n -> {
      java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(n) + "\\b");
      for (Entity e : doc.entities()) {
        for (String role : e.roles()) {
          if (word.matcher(role.toLowerCase(Locale.ROOT)).find()) return java.util.Optional.of(e);
        }
      }
      return java.util.Optional.empty();
    }).orElse(null);
    if (owner == null) return null;
    Span span = new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
    return new Attribution(words[cue], tokens.get(cue).span(), owner.id(),
        new Mention(span, index.substring(span)), 0.7, false);
  }

  /** Whether token {@code open} (an opening mark) begins its sentence or follows "cue ,|:". */
  boolean opensSentence(int open) {
    int start = positions.sentenceStartToken(open);
    if (open <= start) return true;
    String before = words[open - 1];
    return (before.equals(",") || before.equals(":")) && isCue(open - 2)
        || before.equals(":");
  }
}
