package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.phonelock.adapters.fakeserver.internal.directory.DirectoryCsv;
import org.phonelock.adapters.fakeserver.internal.directory.DirectoryEntry;
import org.phonelock.adapters.fakeserver.internal.directory.DirectoryErrors;
import org.phonelock.adapters.fakeserver.internal.directory.LineIndex;
import org.phonelock.adapters.fakeserver.internal.directory.StrictUtf8;
import org.phonelock.domain.ImagicleUser;

/**
 * The users the fake server knows: for each, the domain {@link ImagicleUser} plus the password and
 * initial lock state that only the fake server keeps. Read from a CSV file as api-contract.md,
 * "The user directory" describes. Immutable; passwords are kept only as digests and are never
 * shown.
 */
public final class UserDirectory {
  /**
   * The largest directory file or {@code PUT /__fake/directory} body, in bytes (64 MiB, about
   * 800,000 users of the sample's shape). The file is read whole before parsing, so without a cap
   * {@code /dev/zero} or a wrong path would end in an OutOfMemoryError.
   */
  public static final int MAX_CSV_BYTES = 64 * 1024 * 1024;

  private static final String SAMPLE_RESOURCE = "sample-directory.csv";
  // Immutable (lock state lives in each server), so the bundled file is read once per JVM:
  // test suites start many fake servers (docs/benchmarks.md, B2).
  private static final Supplier<UserDirectory> SAMPLE = Suppliers.memoize(UserDirectory::readSample);
  private static volatile boolean sampleRead;

  private final ImmutableList<DirectoryEntry> entries;

  private UserDirectory(List<DirectoryEntry> entries) {
    this.entries = ImmutableList.copyOf(entries);
  }

  /**
   * Reads a directory file, which must be UTF-8 (a leading BOM is allowed).
   *
   * @param csvFile the file
   * @return the directory, in file order
   * @throws DirectoryFormatException when the file is not UTF-8 or is malformed; the message is
   *     {@code <csvFile>:<line>: <reason>}
   * @throws IOException when the file cannot be read
   */
  public static UserDirectory load(Path csvFile) throws DirectoryFormatException, IOException {
    try (InputStream in = Files.newInputStream(csvFile)) {
      return read(in, csvFile.toString());
    }
  }

  /**
   * Reads a directory from a stream of UTF-8 bytes (a leading BOM is allowed), such as a
   * classpath resource.
   *
   * @param in the directory bytes; read to its end, not closed
   * @param sourceName the name to put in error messages, e.g. the resource name
   * @return the directory, in file order
   * @throws DirectoryFormatException when the bytes are not UTF-8 or the text is malformed; the
   *     message is {@code <sourceName>:<line>: <reason>}
   * @throws IOException when the stream fails
   */
  public static UserDirectory read(InputStream in, String sourceName)
      throws DirectoryFormatException, IOException {
    byte[] bytes = in.readNBytes(MAX_CSV_BYTES + 1);
    if (bytes.length > MAX_CSV_BYTES) {
      throw tooLarge(bytes, sourceName);
    }
    return fromBytes(bytes, sourceName);
  }

  /**
   * Starts a directory built in Java instead of read from a file.
   *
   * @return an empty builder
   */
  public static UserDirectoryBuilder builder() {
    return new UserDirectoryBuilder();
  }

  /**
   * Reads a directory from already decoded text. A reader that replaces malformed input (as
   * {@link java.io.InputStreamReader} does by default) hides invalid UTF-8; prefer {@link #load}
   * for files.
   *
   * @param reader the directory text; read to its end, not closed
   * @param sourceName the name to put in error messages, e.g. the file name
   * @return the directory, in file order
   * @throws DirectoryFormatException when the text is malformed; the message is {@code
   *     <sourceName>:<line>: <reason>}
   * @throws IOException when the reader fails
   */
  public static UserDirectory parse(Reader reader, String sourceName)
      throws DirectoryFormatException, IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return new UserDirectory(DirectoryCsv.parse(text.toString(), sourceName));
  }

  /**
   * The bundled sample directory: a company of more than 200 users in more than 8 departments,
   * with the demo API accounts (such as {@code admin} / {@code admin-demo-pw}); every line starts
   * unlocked.
   *
   * @return the sample directory, the same immutable instance on every call
   * @throws IllegalStateException when the bundled resource is missing or malformed (a build bug)
   */
  public static UserDirectory sample() {
    UserDirectory sample = SAMPLE.get();
    sampleRead = true;
    return sample;
  }

  /** Whether {@link #sample()} has returned in this JVM, so that it would return at once. */
  static boolean sampleRead() {
    return sampleRead;
  }

  private static UserDirectory readSample() {
    try (InputStream in = UserDirectory.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + SAMPLE_RESOURCE + " is missing");
      }
      return read(in, SAMPLE_RESOURCE);
    } catch (DirectoryFormatException e) {
      throw new IllegalStateException(
          "bundled sample directory is malformed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + SAMPLE_RESOURCE, e);
    }
  }

  /**
   * The users, in file order.
   *
   * @return an immutable list
   */
  public List<ImagicleUser> users() {
    return entries.stream().map(DirectoryEntry::user).collect(ImmutableList.toImmutableList());
  }

  /**
   * Says how many users there are; shows no password.
   *
   * @return e.g. {@code UserDirectory[214 users]}
   */
  @Override
  public String toString() {
    return "UserDirectory[" + entries.size() + " users]";
  }

  static UserDirectory of(List<DirectoryEntry> entries) {
    return new UserDirectory(entries);
  }

  /**
   * Internal, not part of the API: the fake server's own records of the users (with password
   * digests), for its {@code internal} packages; may change in any release.
   */
  public ImmutableList<DirectoryEntry> entries() {
    return entries;
  }

  static DirectoryFormatException tooLarge(byte[] start, String source) {
    long line = 1;
    for (int i = 0; i < MAX_CSV_BYTES; i++) {
      line += start[i] == '\n' ? 1 : 0;
    }
    return new DirectoryErrors(source).at(line, "the directory is larger than the limit of "
        + MAX_CSV_BYTES + " bytes (64 MiB), which this line crosses; split it or remove users");
  }

  private static UserDirectory fromBytes(byte[] bytes, String source)
      throws DirectoryFormatException {
    int bad = StrictUtf8.firstMalformedOffset(bytes);
    if (bad >= 0) {
      String before = new String(Arrays.copyOf(bytes, bad), UTF_8);
      throw new DirectoryErrors(source).at(new LineIndex(before).lineAt(before.length()),
          "the file is not valid UTF-8 (byte offset " + bad + "); save it as UTF-8");
    }
    return new UserDirectory(DirectoryCsv.parse(new String(bytes, UTF_8), source));
  }
}
