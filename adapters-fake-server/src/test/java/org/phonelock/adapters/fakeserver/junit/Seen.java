package org.phonelock.adapters.fakeserver.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;

/**
 * What the small test classes run by {@link #run} saw: which server each constructor, lifecycle
 * method and test method was given. One run at a time.
 */
final class Seen {
  private static final List<Map.Entry<String, FakePhoneLockServer>> SERVERS = new ArrayList<>();

  private Seen() {}

  /** Runs one test class with the Jupiter engine, after forgetting what earlier runs saw. */
  static EngineExecutionResults run(Class<?> testClass) {
    synchronized (SERVERS) {
      SERVERS.clear();
    }
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }

  static void server(String where, FakePhoneLockServer server) {
    synchronized (SERVERS) {
      SERVERS.add(Map.entry(where, server));
    }
  }

  /** The servers seen at one place, in order. */
  static List<FakePhoneLockServer> at(String where) {
    synchronized (SERVERS) {
      return SERVERS.stream().filter(e -> e.getKey().equals(where)).map(Map.Entry::getValue)
          .toList();
    }
  }

  /** Every server seen anywhere, in order. */
  static List<FakePhoneLockServer> all() {
    synchronized (SERVERS) {
      return SERVERS.stream().map(Map.Entry::getValue).toList();
    }
  }
}
