package org.phonelock.adapters.fakeserver.junit;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.UserDirectory;

/**
 * A JUnit 5 extension that runs a {@link FakePhoneLockServer} on {@code 127.0.0.1} and a free port
 * and injects it into test methods, constructors and lifecycle methods that take a {@code
 * FakePhoneLockServer} parameter; state, journal and faults are on that object. One such extension
 * per test class.
 *
 * <p>Register it with {@code @RegisterExtension} to choose the users, or declaratively with {@link
 * WithFakePhoneLockServer} or {@code @ExtendWith(FakePhoneLockServerExtension.class)}. Unless
 * {@link #perClass()} or {@link #perMethod()} says otherwise, a server lives per class when the
 * extension is registered on the class (static field, annotation) and per method when it is an
 * instance field.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakePhoneLockServerExtension fake = FakePhoneLockServerExtension.withDirectory(
 *     UserDirectory.builder()
 *         .user("admin", u -> u.password("pw").permission(Permission.IMAGICLE_ADMIN))
 *         .user("ann", u -> u.department("Sales").lines("3001"))
 *         .build());
 * }</pre>
 */
public final class FakePhoneLockServerExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private final ExtensionSettings settings;
  private volatile boolean registeredOnClass;
  private volatile FakePhoneLockServer current;

  /**
   * The extension as {@code @ExtendWith} and {@link WithFakePhoneLockServer} create it: users and
   * lifecycle from the test class's {@code @WithFakePhoneLockServer}, else the sample directory.
   */
  public FakePhoneLockServerExtension() {
    this(null, null);
  }

  private FakePhoneLockServerExtension(DirectorySource directory, ServerLifecycle lifecycle) {
    this.settings = new ExtensionSettings(directory, lifecycle);
  }

  /**
   * Serves the bundled sample directory ({@link UserDirectory#sample()}).
   *
   * @return a new extension
   */
  public static FakePhoneLockServerExtension withSampleDirectory() {
    return new FakePhoneLockServerExtension(DirectorySource.sample(), null);
  }

  /**
   * Serves a directory, e.g. one from {@link UserDirectory#builder()}; every server starts from
   * its initial lock states.
   *
   * @param directory the users
   * @return a new extension
   */
  public static FakePhoneLockServerExtension withDirectory(UserDirectory directory) {
    return new FakePhoneLockServerExtension(DirectorySource.of(directory), null);
  }

  /**
   * Serves a directory CSV file from the test class path, read when a server starts
   * (api-contract.md, "The user directory"); a malformed file fails the tests with file, line and
   * reason.
   *
   * @param name a resource name relative to the class path root, e.g. {@code phonelock/users.csv}
   *     (a leading {@code /} is ignored)
   * @return a new extension
   * @throws IllegalArgumentException when the name is empty
   */
  public static FakePhoneLockServerExtension withCsvResource(String name) {
    return new FakePhoneLockServerExtension(DirectorySource.csvResource(name), null);
  }

  /**
   * Serves a directory CSV file from disk, read when a server starts (api-contract.md, "The user
   * directory").
   *
   * @param file the file; a relative path is resolved against the working directory
   * @return a new extension
   */
  public static FakePhoneLockServerExtension withCsvFile(Path file) {
    return new FakePhoneLockServerExtension(DirectorySource.csvFile(file), null);
  }

  /**
   * The same users with one server for the whole test class ({@link ServerLifecycle#PER_CLASS}).
   *
   * @return a new extension
   */
  public FakePhoneLockServerExtension perClass() {
    return new FakePhoneLockServerExtension(settings.directory(), ServerLifecycle.PER_CLASS);
  }

  /**
   * The same users with a fresh server for each test method ({@link
   * ServerLifecycle#PER_METHOD}).
   *
   * @return a new extension
   */
  public FakePhoneLockServerExtension perMethod() {
    return new FakePhoneLockServerExtension(settings.directory(), ServerLifecycle.PER_METHOD);
  }

  /**
   * The server most recently started or injected by this extension, for tests that keep the
   * extension in a field. With per-method servers and methods running in parallel, take the
   * server as a parameter instead.
   *
   * @return the running server
   * @throws IllegalStateException when no server has been started yet (e.g. in a per-method
   *     lifecycle before the first {@code @BeforeEach})
   */
  public FakePhoneLockServer server() {
    FakePhoneLockServer server = current;
    if (server == null) {
      throw new IllegalStateException("no fake Phone Lock server has been started yet; it starts"
          + " before @BeforeAll (per class) or before @BeforeEach (per method)");
    }
    return server;
  }

  /**
   * Starts the per-class server, if the lifecycle is per class.
   *
   * @param context the class's context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    registeredOnClass = true;
    if (lifecycle(context) == ServerLifecycle.PER_CLASS) {
      serverFor(context);
    }
  }

  /**
   * Starts the per-method server, or makes the per-class one {@link #server() current}.
   *
   * @param context the test method's context
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    serverFor(context);
  }

  /**
   * Tells whether a parameter is for this extension.
   *
   * @param parameter the parameter
   * @param context the context
   * @return true for parameters of type {@link FakePhoneLockServer}
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakePhoneLockServer.class;
  }

  /**
   * The running server, started here if need be (constructors run before {@code @BeforeEach}).
   *
   * @param parameter the parameter
   * @param context the context
   * @return the server of the class or of the test method
   * @throws ParameterResolutionException when servers live per method and the parameter is of a
   *     method that runs outside any test method ({@code @BeforeAll}, {@code @AfterAll}, the
   *     constructor under {@code @TestInstance(PER_CLASS)})
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (lifecycle(context) == ServerLifecycle.PER_METHOD && context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException("the fake Phone Lock server runs per test method,"
          + " so there is none for " + parameter.getDeclaringExecutable() + "; take it in a test"
          + " method, @BeforeEach or @AfterEach method, or use a per-class server");
    }
    return serverFor(context);
  }

  /**
   * Asks JUnit to resolve constructor parameters in the test method's context, so that a
   * per-method server can be injected into the constructor (JUnit 5.12 or later; earlier
   * versions ignore this).
   *
   * @param rootContext the engine's root context
   * @return {@code TEST_METHOD}
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  private FakePhoneLockServer serverFor(ExtensionContext context) {
    boolean perClass = lifecycle(context) == ServerLifecycle.PER_CLASS;
    FakePhoneLockServer server =
        RunningServer.of(context, perClass, settings.directory(context)).server();
    current = server;
    return server;
  }

  private ServerLifecycle lifecycle(ExtensionContext context) {
    return settings.lifecycle(context, registeredOnClass);
  }
}
