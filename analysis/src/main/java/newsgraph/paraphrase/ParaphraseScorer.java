package newsgraph.paraphrase;

/**
 * How likely two texts say the same thing (0..1): logistic regression over {@link PairFeatures}.
 * The weights were fitted on the MRPC training split by {@code newsgraph eval paraphrase --train}
 * (gradient descent on standardised features, L2 1e-3); the test split was not used. Thread-safe.
 */
public final class ParaphraseScorer {
  // Fitted on msr_paraphrase_train (4,076 pairs): feature means, standard deviations, weights
  // (last weight is the bias). Regenerate with `newsgraph eval paraphrase --train`.
  private static final double[] MEAN =
      {0.520281, 0.622629, 0.726975, 0.340777, 0.255145, 0.512859, 0.149469, 0.737488};
  private static final double[] SD =
      {0.166858, 0.146176, 0.155897, 0.178777, 0.180299, 0.160655, 0.100260, 0.440000};
  private static final double[] WEIGHTS =
      {0.791748, 0.040217, -0.143620, 0.160493, -0.891316, 1.013642, -0.297451, 0.243933, 1.016888};

  /** Probability threshold that maximised F1 on the MRPC training split. */
  public static final double MRPC_THRESHOLD = 0.400;

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
    double[] f = PairFeatures.of(a, b);
    double z = weights[PairFeatures.COUNT];
    for (int i = 0; i < f.length; i++) z += weights[i] * (f[i] - mean[i]) / sd[i];
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
