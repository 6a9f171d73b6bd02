package org.phonelock.adapters.fakeserver.internal.state;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.fakeserver.RequestCount;
import org.phonelock.adapters.fakeserver.RequestPattern;
import org.phonelock.adapters.fakeserver.internal.http.AdminApi;
import org.phonelock.adapters.fakeserver.internal.http.FaultJson;
import org.phonelock.domain.Text;

/**
 * The outcome of checking the journal against a {@link RequestPattern} and a {@link RequestCount}:
 * how many entries matched and, when that count is not accepted, what arrived instead. With too
 * few matches those are the entries that came closest, ranked by how many pattern parts they
 * match (newest first among equals); with too many, the matching entries, newest first.
 */
public final class Verification {
  /** How many entries a mismatch shows. */
  public static final int SHOWN = 5;

  /** One entry shown on a mismatch, with the pattern parts it does not match. */
  public record Candidate(JournalEntry entry, int matchedParts, List<String> differences) {}

  private final RequestCount count;
  private final RequestPattern pattern;
  private final int matched;
  private final int journalSize;
  private final List<Candidate> shown;

  private Verification(RequestCount count, RequestPattern pattern, int matched, int journalSize,
      List<Candidate> shown) {
    this.count = count;
    this.pattern = pattern;
    this.matched = matched;
    this.journalSize = journalSize;
    this.shown = shown;
  }

  public static Verification of(RequestCount count, RequestPattern pattern, List<JournalEntry> journal) {
    int parts = pattern.parts();
    List<Candidate> candidates = IntStream.range(0, journal.size())
        .mapToObj(i -> journal.get(journal.size() - 1 - i)) // newest first
        .map(entry -> {
          List<String> differences = pattern.differences(entry);
          return new Candidate(entry, Math.max(0, parts - differences.size()), differences);
        })
        .toList();
    int matched = (int) candidates.stream().filter(c -> c.differences().isEmpty()).count();
    List<Candidate> shown = List.of();
    if (matched < count.min()) {
      shown = candidates.stream().filter(c -> !c.differences().isEmpty())
          .sorted(Comparator.comparingInt(Candidate::matchedParts).reversed()) // stable
          .limit(SHOWN).toList();
    } else if (matched > count.max()) {
      shown = candidates.stream().filter(c -> c.differences().isEmpty()).limit(SHOWN).toList();
    }
    return new Verification(count, pattern, matched, journal.size(), shown);
  }

  public boolean ok() {
    return count.accepts(matched);
  }

  public int matched() {
    return matched;
  }

  public List<Candidate> shown() {
    return shown;
  }

  /** The assertion message: what was expected, what matched, and what arrived instead. */
  public String message() {
    StringBuilder message = new StringBuilder("expected requests matching ").append(pattern)
        .append(": ").append(count).append(", but ").append(matched).append(" matched (journal: ").append(journalSize)
        .append(journalSize == 1 ? " entry)" : " entries)");
    if (shown.isEmpty()) {
      return message.toString();
    }
    boolean tooFew = matched < count.min();
    message.append(tooFew ? "; closest entries, most pattern parts matched first:"
        : "; matching entries, newest first:");
    for (Candidate candidate : shown) {
      message.append("\n  ");
      if (tooFew) {
        message.append(candidate.matchedParts()).append(" of ").append(pattern.parts())
            .append(" parts: ");
      }
      message.append(describe(candidate.entry()));
      candidate.differences().forEach(d -> message.append("\n      ").append(d));
    }
    return message.toString();
  }

  /** The answer of {@code POST /__fake/verify}. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("matched", matched);
    json.put("ok", ok());
    json.put("expected", count.toString());
    json.put("pattern", pattern.toString());
    json.put("closest", shown.stream().map(candidate -> {
      Map<String, Object> shownJson = new LinkedHashMap<>();
      shownJson.put("matchedParts", candidate.matchedParts());
      shownJson.put("parts", pattern.parts());
      shownJson.put("differences", candidate.differences());
      shownJson.put("entry", AdminApi.toJson(candidate.entry()));
      return shownJson;
    }).toList());
    json.put("message", message());
    return json;
  }

  private static String describe(JournalEntry entry) {
    String filters = entry.filters().entrySet().stream()
        .map(e -> e.getKey() + "=" + Text.quote(e.getValue())).collect(Collectors.joining(" "));
    return entry.time() + " " + entry.method() + " " + Text.quote(entry.path())
        + (filters.isEmpty() ? entry.query() == null ? " (no filter)" : " ?" + entry.query()
            : " " + filters)
        + " user " + (entry.username() == null ? "(none)" : Text.quote(entry.username()))
        + " -> " + (entry.status() == 0 ? "no answer" : String.valueOf(entry.status()))
        + (entry.fault() == null ? "" : " (fault " + FaultJson.toJson(entry.fault()) + ")");
  }
}
