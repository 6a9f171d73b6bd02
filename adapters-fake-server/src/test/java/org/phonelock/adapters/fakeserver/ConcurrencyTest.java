package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Concurrent actions behave as if run one after the other (api-contract.md, "Which lines an
 * action touches": each action sets the lines of the selected users; PUT is idempotent).
 *
 * <p>The directory splits its lines into four classes by which filters select them, of 1, 2, 4
 * and 8 lines. If every action is atomic, a class's lines always share one state, so each reply's
 * {@code changedLines} is a sum of class sizes, and its binary digits say exactly which classes
 * that action flipped. Replaying those flips class by class must then alternate lock, unlock,
 * lock... (so lock flips minus unlock flips is 0 or 1) and end in the state the server shows, as
 * any sequential order would.
 *
 * <p>The journal numbers applied requests in the order they took effect ({@code appliedOrder}):
 * replaying them one at a time in that order on a fresh server with the same users must give the
 * same final state and the same summed {@code changedLines} as the concurrent run.
 */
class ConcurrencyTest {
  private static final String DIRECTORY = """
      username,password,permission,department,customField1,lines
      boss,pw,admin,,,
      a1,,,D,Y,1
      b1,,,D,n,21|22
      c1,,,E,Y,41|42|43
      c2,,,,Y,44
      d1,,,E,n,81|82|83|84|85
      d2,,,,,86|87|88
      """;
  /** Filter query to the bit mask of the classes it selects: A=1, B=2, C=4, D=8. */
  private static final Map<String, Integer> FILTERS =
      Map.of("?department=D", 1 | 2, "?customField1=Y", 1 | 4, "", 15);
  private static final List<String> QUERIES = List.copyOf(FILTERS.keySet());

  record Done(boolean lock, String query, int changedLines) {}

  @Test
  void concurrentOverlappingActionsMatchASequentialReplay() throws Exception {
    UserDirectory directory = UserDirectory.parse(new StringReader(DIRECTORY), "classes.csv");
    try (FakePhoneLockServer server = FakePhoneLockServer.builder().directory(directory).start()) {
      Api api = new Api(server);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<List<Done>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(worker(api, new Random(t), 60)));
      }
      List<Done> done = new ArrayList<>();
      for (Future<List<Done>> future : futures) {
        done.addAll(future.get());
      }
      pool.shutdown();
      int[] net = new int[4];
      for (Done d : done) {
        assertThat(d.changedLines()).isBetween(0, 15);
        assertThat(d.changedLines() & ~FILTERS.get(d.query())).as(d.toString()).isZero();
        for (int c = 0; c < 4; c++) {
          if ((d.changedLines() & (1 << c)) != 0) {
            net[c] += d.lock() ? 1 : -1;
          }
        }
      }
      // Flips of one class alternate lock, unlock, ... from unlocked, whatever their order.
      assertThat(java.util.Arrays.stream(net)).allMatch(n -> n == 0 || n == 1);
      List<LineState> lines = server.lines();
      for (LineState line : lines) {
        int c = Integer.numberOfTrailingZeros(Integer.parseInt(line.extension().substring(0, 1)));
        assertThat(line.locked()).as(line.toString()).isEqualTo(net[c] == 1);
      }
      assertASequentialReplayOfTheJournalAgrees(directory, server, done);
    }
  }

  private static void assertASequentialReplayOfTheJournalAgrees(
      UserDirectory directory, FakePhoneLockServer server, List<Done> done) throws Exception {
    List<JournalEntry> applied = server.journal().stream()
        .sorted(Comparator.comparingLong(JournalEntry::appliedOrder)).toList();
    assertThat(applied).hasSize(done.size()).allMatch(entry -> entry.status() == 200);
    assertThat(applied).extracting(JournalEntry::appliedOrder)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, done.size()).boxed().toList());
    try (FakePhoneLockServer replay = FakePhoneLockServer.builder().directory(directory).start()) {
      Api api = new Api(replay);
      int changed = 0;
      for (JournalEntry entry : applied) {
        String query = entry.query() == null ? "" : "?" + entry.query();
        HttpResponse<String> response = api.put(entry.path() + query, entry.username(), "pw");
        assertThat(response.statusCode()).isEqualTo(200);
        changed += Api.changedLines(response);
      }
      assertThat(changed).isEqualTo(done.stream().mapToInt(Done::changedLines).sum());
      assertThat(replay.lines()).isEqualTo(server.lines());
    }
  }

  private static Callable<List<Done>> worker(Api api, Random random, int count) {
    return () -> {
      List<Done> done = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        boolean lock = random.nextBoolean();
        String query = QUERIES.get(random.nextInt(QUERIES.size()));
        HttpResponse<String> response =
            lock ? api.lock(query, "boss", "pw") : api.unlock(query, "boss", "pw");
        assertThat(response.statusCode()).isEqualTo(200);
        done.add(new Done(lock, query, Api.changedLines(response)));
      }
      return done;
    };
  }
}
