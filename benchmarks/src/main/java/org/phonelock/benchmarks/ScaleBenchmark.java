package org.phonelock.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.phonelock.adapters.fakeserver.UserDirectory;
import org.phonelock.domain.ActionScope;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Visibility;

/**
 * B3 (JMH): one department lock (100 users, 100 lines, in every directory size) as a whole HTTP
 * request to the fake server, through its public API only; against the same selection done in
 * process by asking the domain rule of every user of the directory, which is what the fake server
 * did before it indexed users. Each benchmark method builds only the states it uses, in its own
 * fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
    "-Dsun.net.httpserver.nodelay=true"})
public class ScaleBenchmark {
  /** The generated directory and the action's scope. */
  @State(Scope.Benchmark)
  public static class Directory {
    /** Directory sizes. */
    @Param({"10000", "100000", "1000000"})
    public int users;

    UserDirectory directory;
    ActionScope scope = new ActionScope(Visibility.Global.INSTANCE,
        Filter.of(Map.of(FilterField.DEPARTMENT, Directories.LOCKED_DEPARTMENT)));

    /** Generates the directory. */
    @Setup(Level.Trial)
    public void generate() {
      directory = Directories.withDepartmentsOf100(users);
    }
  }

  /** The directory's users as a list, for the scan. */
  @State(Scope.Benchmark)
  public static class Users {
    List<ImagicleUser> users;

    /**
     * Lists the users.
     *
     * @param directory the directory
     */
    @Setup(Level.Trial)
    public void list(Directory directory) {
      users = directory.directory.users();
    }
  }

  /** A running fake server and a keep-alive connection to it. */
  @State(Scope.Benchmark)
  public static class Server {
    Servers.Running server;
    HttpPut put;

    /**
     * Starts the server.
     *
     * @param directory the directory
     * @throws IOException when it cannot start
     */
    @Setup(Level.Trial)
    public void start(Directory directory) throws IOException {
      server = Servers.fake(directory.directory);
      put = new HttpPut(server.baseUri(), Servers.lockTarget(Directories.LOCKED_DEPARTMENT),
          Directories.adminAuthorization());
    }

    /**
     * Stops the server.
     *
     * @throws IOException when the connection cannot close
     */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
      put.close();
      server.close();
    }
  }

  /**
   * The peer: the users of {@code dept-42} found by asking the domain rule of every user.
   *
   * @param directory the scope
   * @param users the users
   * @return how many users match
   */
  @Benchmark
  public int fullScanInProcess(Directory directory, Users users) {
    return directory.scope.select(users.users).size();
  }

  /**
   * One lock of {@code dept-42} through HTTP: authentication, filter, index, journal, JSON.
   *
   * @param server the server
   * @return the status
   * @throws IOException when the connection fails or the answer is not 200
   */
  @Benchmark
  public int indexedLockOverHttp(Server server) throws IOException {
    int status = server.put.send();
    if (status != 200) {
      throw new IOException("answered " + status);
    }
    return status;
  }
}
