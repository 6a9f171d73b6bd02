package org.phonelock.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * How long and how often each benchmark runs. {@link #full} fits every benchmark in about six
 * minutes on 2 cores; {@link #quick} is for trying changes and gives noisier figures.
 *
 * @param rounds B1 and B5: rounds per server or mode, alternating, the median kept
 * @param warmup B1: load before measuring, per round
 * @param measure B1: measured load, per round
 * @param startupJvms B2: fresh JVMs per server
 * @param restartsPerJvm B2: starts in each JVM (the first is the cold one)
 * @param jmhWarmups B3: JMH warm-up iterations of 1 s
 * @param jmhIterations B3: JMH measured iterations of 1 s
 * @param cliRuns B4: runs of each command
 * @param only the benchmarks to run, e.g. {@code B1}; all when empty
 * @param cliJar B4: the packaged CLI
 * @param doc the document whose results section to rewrite, if any
 */
record Settings(int rounds, Duration warmup, Duration measure, int startupJvms,
    int restartsPerJvm, int jmhWarmups, int jmhIterations, int cliRuns, Set<String> only,
    Path cliJar, Optional<Path> doc) {

  static Settings full(Set<String> only, Path cliJar, Optional<Path> doc) {
    return new Settings(3, Duration.ofSeconds(5), Duration.ofSeconds(10), 7, 20, 3, 5, 15,
        only, cliJar, doc);
  }

  static Settings quick(Set<String> only, Path cliJar, Optional<Path> doc) {
    return new Settings(1, Duration.ofSeconds(2), Duration.ofSeconds(3), 3, 8, 1, 2, 5,
        only, cliJar, doc);
  }

  /**
   * Tells whether to run one benchmark.
   *
   * @param id e.g. {@code B3}
   * @return true when it was asked for, or nothing was
   */
  boolean runs(String id) {
    return only.isEmpty() || only.contains(id);
  }
}
