package newsgraph.eval;

/** An entity as a scorer sees it: a type over tokens {@code [start, end)} of one sentence. */
record LabeledSpan(int sentence, int start, int end, String type) {}
