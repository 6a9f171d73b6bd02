package org.phonelock.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/** Medians: every figure in the table is the median of its samples. */
final class Stats {
  private Stats() {}

  /**
   * The median.
   *
   * @param samples one or more samples
   * @return the middle sample, or the mean of the two middle ones; NaN when there is none
   */
  static double median(Collection<Double> samples) {
    double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return median(sorted);
  }

  /**
   * The median.
   *
   * @param samples any samples, not changed
   * @return the middle sample, or the mean of the two middle ones; NaN when there is none
   */
  static double median(double[] samples) {
    if (samples.length == 0) {
      return Double.NaN;
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
