package org.phonelock.adapters.fakeserver.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;

/**
 * Runs a fake Phone Lock server for the annotated test class, the declarative form of {@link
 * FakePhoneLockServerExtension}: test methods, constructors and lifecycle methods get it as a
 * {@code FakePhoneLockServer} parameter. Without {@code csvResource} or {@code csvFile} the server
 * knows the bundled sample directory.
 *
 * <pre>{@code
 * @WithFakePhoneLockServer(csvResource = "phonelock/users.csv", lifecycle = PER_METHOD)
 * class LockJobTest {
 *   @Test
 *   void locksSales(FakePhoneLockServer server) { ... server.baseUri() ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakePhoneLockServerExtension.class)
public @interface WithFakePhoneLockServer {
  /**
   * A directory CSV file on the test class path (api-contract.md, "The user directory").
   *
   * @return a resource name relative to the class path root, e.g. {@code phonelock/users.csv}
   *     (a leading {@code /} is ignored); empty for none
   */
  String csvResource() default "";

  /**
   * A directory CSV file on disk (api-contract.md, "The user directory").
   *
   * @return a path, relative ones resolved against the working directory (the module directory
   *     under Maven); empty for none
   */
  String csvFile() default "";

  /**
   * How long a server lives.
   *
   * @return {@link ServerLifecycle#PER_CLASS} unless set
   */
  ServerLifecycle lifecycle() default ServerLifecycle.PER_CLASS;
}
