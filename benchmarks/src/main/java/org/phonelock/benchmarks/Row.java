package org.phonelock.benchmarks;

import java.util.Locale;

/**
 * One line of the results table: a median of phonelock's figure next to the median of its peer,
 * measured in the same run, their ratio (ours divided by the peer's) and the goal of docs/benchmarks.md.
 *
 * @param benchmark e.g. {@code B1 throughput}
 * @param measure what was measured, e.g. {@code requests/s, 8 clients}
 * @param unit the unit of both figures, e.g. {@code ms}
 * @param ours phonelock's median
 * @param peerName what the peer is, e.g. {@code WireMock 3.13.2}
 * @param peer the peer's median, NaN when the row has no peer
 * @param goal the goal, on the ratio or on {@code ours}
 */
record Row(String benchmark, String measure, String unit, double ours, String peerName,
    double peer, Goal goal) {

  /**
   * Ours divided by the peer's.
   *
   * @return the ratio, NaN without a peer
   */
  double ratio() {
    return ours / peer;
  }

  /**
   * Says whether the goal is met and, if not, by how much it is missed.
   *
   * @return {@code met}, {@code MISSED by 3.1x} or {@code -} without a goal
   */
  String verdict() {
    return goal.verdict(goal.onRatio() ? ratio() : ours);
  }

  /**
   * A ratio, as a fraction when small, so that no ratio shows as zero.
   *
   * @param ratio the ratio
   * @return e.g. {@code 2.50}, {@code 0.150} or {@code 1/9,400}
   */
  static String formatRatio(double ratio) {
    return ratio > 0 && ratio < 0.01 ? "1/" + format(1 / ratio) : format(ratio);
  }

  /**
   * A figure with three significant digits or so.
   *
   * @param value the figure
   * @return e.g. {@code 12,345}, {@code 123}, {@code 1.23}, {@code -} for NaN
   */
  static String format(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    double abs = Math.abs(value);
    String pattern = abs >= 100 ? "%,.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, value);
  }

  /**
   * A goal of docs/benchmarks.md.
   *
   * @param text how the table shows it, e.g. {@code ratio <= 2.5}
   * @param onRatio true when the goal is on the ratio, false when on phonelock's figure
   * @param limit the bound
   * @param atMost true for an upper bound, false for a lower one
   */
  record Goal(String text, boolean onRatio, double limit, boolean atMost) {
    static final Goal NONE = new Goal("-", false, Double.NaN, true);

    static Goal ratioAtMost(double limit) {
      return new Goal("ratio <= " + format(limit), true, limit, true);
    }

    static Goal ratioAtLeast(double limit) {
      return new Goal("ratio >= " + format(limit), true, limit, false);
    }

    static Goal valueAtMost(double limit, String unit) {
      return new Goal("<= " + format(limit) + " " + unit, false, limit, true);
    }

    String verdict(double value) {
      if (Double.isNaN(limit)) {
        return "-";
      }
      if (Double.isNaN(value)) {
        return "n/a";
      }
      boolean met = atMost ? value <= limit : value >= limit;
      double by = atMost ? value / limit : limit / value;
      return met ? "met" : "MISSED by " + format(by) + "x";
    }
  }
}
