/**
 * The benchmarks of docs/benchmarks.md (docs/benchmarks.md): B1 throughput and B2 start-up of the fake
 * server against WireMock, B3 the fake server at 10,000 to 1,000,000 users (JMH, heap), B4 the
 * CLI against a bare JVM, the smallest Java client and curl, B5 bulk locking with bounded
 * concurrency against one request at a time. {@link org.phonelock.benchmarks.BenchmarkMain} runs
 * them all (through {@code bench/run}) and prints medians with ratios measured in the same run.
 * Benchmarks, not tests: nothing here asserts a time.
 */
package org.phonelock.benchmarks;
