package org.phonelock.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ChangeCounts}: the fake server's counts (api-contract.md, "Responses"). */
class ChangeCountsTest {

  @ParameterizedTest
  @CsvSource({"0, 0, 0", "1, 1, 1", "3, 5, 0", "3, 5, 5", "2, 0, 0"})
  void consistentCountsAreKept(int users, int lines, int changed) {
    ChangeCounts counts = new ChangeCounts(users, lines, changed);
    assertThat(counts.matchedUsers()).isEqualTo(users);
    assertThat(counts.matchedLines()).isEqualTo(lines);
    assertThat(counts.changedLines()).isEqualTo(changed);
  }

  @ParameterizedTest
  @CsvSource({"-1, 0, 0", "0, -1, 0", "0, 0, -1", "1, 2, 3", "0, 0, 1",
    "-2147483648, 0, 0"})
  void inconsistentCountsAreRefusedShowingThem(int users, int lines, int changed) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ChangeCounts(users, lines, changed))
        .withMessageContaining("users=" + users)
        .withMessageContaining("lines=" + lines)
        .withMessageContaining("changed=" + changed);
  }

  @Property(tries = 2000)
  void negativeCountsAndMoreChangedThanMatchedAreRefusedAndSaneCountsKept(
      @ForAll @IntRange(min = -3, max = 6) int users,
      @ForAll @IntRange(min = -3, max = 6) int lines,
      @ForAll @IntRange(min = -3, max = 6) int changed) {
    boolean broken = users < 0 || lines < 0 || changed < 0 || changed > lines;
    // Lines are those of the matched users; whether "lines without users" is refused is not
    // settled here, so those counts are only checked when at least one user matched.
    boolean sane = !broken && (users > 0 || lines == 0);
    if (broken) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ChangeCounts(users, lines, changed));
    } else if (sane) {
      assertThat(new ChangeCounts(users, lines, changed).changedLines()).isEqualTo(changed);
    }
  }
}
