package newsgraph.paraphrase;

/**
 * How likely two texts say the same thing (0..1): logistic regression over {@link PairFeatures}.
 * A pair that the surface features alone call clearly different (a screening model, below
 * {@link #SCREEN_BELOW}) keeps that probability and skips the WordNet lookups, which cost more than
 * all the rest: most pairs a document offers are of that kind.
 * The weights were fitted on the MRPC training split (the eval command {@code newsgraph eval paraphrase} refits and prints them)
 * (gradient descent on standardised features, L2 1e-3); the test split was not used. Thread-safe.
 */
public final class ParaphraseScorer {
  // Fitted on msr_paraphrase_train (4,076 pairs): feature means, standard deviations, weights
  // (last weight is the bias). `newsgraph eval paraphrase` refits and prints them.
  private static final double[] MEAN = {
      0.520281, 0.622629, 0.726975, 0.340777, 0.255145, 0.512859,
      0.149469, 0.737488, 0.536075, 0.626454, 0.620375, 0.731802,
      0.450653, 0.536577, 0.350318, 0.420995, 0.279825, 0.339814,
      0.581472, 0.686398, 0.513291, 0.459542, 0.663215, 0.788408,
      0.716976, 0.998068, 1.536120, 0.692248, 0.810830, 0.751539};
  private static final double[] SD = {
      0.166858, 0.146176, 0.155897, 0.178777, 0.180299, 0.160655,
      0.100260, 0.440000, 0.186551, 0.163920, 0.145195, 0.156356,
      0.189501, 0.217358, 0.208854, 0.245473, 0.214511, 0.256422,
      0.150053, 0.166852, 0.334016, 0.163523, 0.163425, 0.164236,
      0.157156, 0.594103, 0.477620, 0.154888, 0.151889, 0.146061};
  private static final double[] WEIGHTS = {
      0.365831, -0.400384, -0.453528, 0.280137, 0.404615, 0.672244,
      0.305563, 0.102802, -0.026435, -0.454107, 1.085639, -0.009353,
      0.185164, -0.509794, -0.235593, -0.714001, -0.118616, -0.278959,
      0.951847, -0.247901, -0.196830, 0.079496, -0.168246, 0.143760,
      -0.086939, 0.172852, -0.466423, 0.063438, 0.403603, 0.243490,
      1.087981};

  // The screening model: the same fit over the surface features only (PairFeatures.SURFACE).
  private static final double[] SCREEN_MEAN = {
      0.520281, 0.622629, 0.726975, 0.340777, 0.255145, 0.512859,
      0.149469, 0.737488, 0.536075, 0.626454, 0.620375, 0.731802,
      0.450653, 0.536577, 0.350318, 0.420995, 0.279825, 0.339814,
      0.581472, 0.686398, 0.513291, 0.459542};
  private static final double[] SCREEN_SD = {
      0.166858, 0.146176, 0.155897, 0.178777, 0.180299, 0.160655,
      0.100260, 0.440000, 0.186551, 0.163920, 0.145195, 0.156356,
      0.189501, 0.217358, 0.208854, 0.245473, 0.214511, 0.256422,
      0.150053, 0.166852, 0.334016, 0.163523};
  private static final double[] SCREEN_WEIGHTS = {
      0.214914, -0.282154, -0.365395, 0.233551, 0.413073, 0.685454,
      0.397982, 0.224415, 0.499754, -0.284176, 1.165158, -0.064921,
      0.222051, -0.518886, -0.237620, -0.707691, -0.143979, -0.264679,
      0.971447, -0.301296, -0.194521, 0.020349, 1.079949};
  /**
   * Below this the screening probability stands: far under {@link #MRPC_THRESHOLD}, so it only
   * spares the pairs that the surface features already find unlike.
   */
  static final double SCREEN_BELOW = 0.25;

  /** Probability threshold that maximised F1 on the MRPC training split. */
  public static final double MRPC_THRESHOLD = 0.425;

  private final double[] mean;
  private final double[] sd;
  private final double[] weights;

  /** The scorer with the shipped weights. */
  public ParaphraseScorer() {
    this(MEAN, SD, WEIGHTS);
  }

  ParaphraseScorer(double[] mean, double[] sd, double[] weights) {
    if (mean.length != PairFeatures.COUNT || sd.length != PairFeatures.COUNT
        || weights.length != PairFeatures.COUNT + 1) {
      throw new IllegalArgumentException("paraphrase model needs " + PairFeatures.COUNT + " features");
    }
    this.mean = mean.clone();
    this.sd = sd.clone();
    this.weights = weights.clone();
  }

  public double score(String a, String b) {
    return score(new PairFeatures.Prepared(a), new PairFeatures.Prepared(b));
  }

  /** Scores texts prepared once, for a text compared with many others. */
  double score(PairFeatures.Prepared a, PairFeatures.Prepared b) {
    double[] f = PairFeatures.surface(a, b);
    double screen = logistic(SCREEN_MEAN, SCREEN_SD, SCREEN_WEIGHTS, f, PairFeatures.SURFACE);
    if (screen < SCREEN_BELOW) return screen;
    return logistic(mean, sd, weights, PairFeatures.withSynonyms(a, b, f), PairFeatures.COUNT);
  }

  private static double logistic(double[] mean, double[] sd, double[] weights, double[] f, int count) {
    double z = weights[count];
    for (int i = 0; i < count; i++) z += weights[i] * (f[i] - mean[i]) / sd[i];
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Fits a scorer on labelled pairs. Used by the eval command to regenerate the shipped weights;
   * returns {mean, sd, weights} so that they can be printed and pasted here.
   */
  public static double[][] fit(java.util.List<String[]> pairs, java.util.List<Boolean> labels) {
    int n = pairs.size();
    int k = PairFeatures.COUNT;
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) x[i] = PairFeatures.of(pairs.get(i)[0], pairs.get(i)[1]);
    double[] mean = new double[k];
    double[] sd = new double[k];
    for (double[] row : x) for (int j = 0; j < k; j++) mean[j] += row[j] / n;
    for (double[] row : x) for (int j = 0; j < k; j++) sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
    for (int j = 0; j < k; j++) sd[j] = Math.sqrt(sd[j]) + 1e-9;
    double[] w = new double[k + 1];
    for (int iteration = 0; iteration < 3000; iteration++) {
      double[] gradient = new double[k + 1];
      for (int i = 0; i < n; i++) {
        double z = w[k];
        for (int j = 0; j < k; j++) z += w[j] * (x[i][j] - mean[j]) / sd[j];
        double error = 1 / (1 + Math.exp(-z)) - (labels.get(i) ? 1 : 0);
        for (int j = 0; j < k; j++) gradient[j] += error * (x[i][j] - mean[j]) / sd[j] / n;
        gradient[k] += error / n;
      }
      for (int j = 0; j <= k; j++) w[j] -= 0.5 * (gradient[j] + 1e-3 * w[j]);
    }
    return new double[][] {mean, sd, w};
  }

  /** A scorer from fitted parameters ({@link #fit}). */
  public static ParaphraseScorer of(double[][] fitted) {
    return new ParaphraseScorer(fitted[0], fitted[1], fitted[2]);
  }
}
