package org.phonelock.adapters.fakeserver.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What a {@link FakePhoneLockServerExtension} was given, completed from the test class's {@link
 * WithFakePhoneLockServer} and from where the extension was registered.
 *
 * @param directory the users, or null to take them from the annotation (else the sample)
 * @param lifecycle the lifecycle, or null to take it from the annotation (else per class when
 *     registered on the class, per method when registered on an instance field)
 */
record ExtensionSettings(DirectorySource directory, ServerLifecycle lifecycle) {
  /**
   * The lifecycle in force.
   *
   * @param context any context of the test class
   * @param registeredOnClass whether JUnit called the extension's {@code beforeAll}, which it
   *     does for static fields and class annotations only
   * @return the lifecycle
   */
  ServerLifecycle lifecycle(ExtensionContext context, boolean registeredOnClass) {
    if (lifecycle != null) {
      return lifecycle;
    }
    return annotation(context).map(WithFakePhoneLockServer::lifecycle)
        .orElse(registeredOnClass ? ServerLifecycle.PER_CLASS : ServerLifecycle.PER_METHOD);
  }

  /**
   * The users in force.
   *
   * @param context any context of the test class
   * @return the source of the directory
   */
  DirectorySource directory(ExtensionContext context) {
    if (directory != null) {
      return directory;
    }
    return annotation(context).map(DirectorySource::of).orElseGet(DirectorySource::sample);
  }

  /** The annotation on the test class or, for {@code @Nested} classes, an enclosing one. */
  private static Optional<WithFakePhoneLockServer> annotation(ExtensionContext context) {
    for (Class<?> type = context.getTestClass().orElse(null); type != null;
        type = type.getEnclosingClass()) {
      Optional<WithFakePhoneLockServer> found =
          AnnotationSupport.findAnnotation(type, WithFakePhoneLockServer.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
