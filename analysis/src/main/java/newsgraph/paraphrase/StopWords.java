package newsgraph.paraphrase;

import java.util.Set;

/** English function words, which say nothing about whether two paragraphs are about one thing. */
final class StopWords {
  private static final Set<String> WORDS = Set.of("a", "about", "after", "again", "against", "all",
      "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before",
      "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
      "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
      "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
      "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
      "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
      "over", "own", "s", "said", "same", "says", "she", "should", "so", "some", "such", "t",
      "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
      "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
      "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
      "would", "you", "your", "yours", "yourself", "mr", "mrs", "ms", "year", "years", "new");

  private StopWords() {}

  static boolean contains(String word) {
    return WORDS.contains(word);
  }
}
