package org.phonelock.benchmarks.floor;

/** B4's floor: the least a Java program costs, a JVM that prints one line and exits. */
public final class Hello {
  private Hello() {}

  /**
   * Prints {@code hello}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
