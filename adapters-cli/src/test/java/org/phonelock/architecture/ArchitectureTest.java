package org.phonelock.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layering of docs/style.md, checked on the main classes of every module (this module sees
 * all of them; under {@code mvn verify} the siblings are jars, so classes are imported by
 * package). Rules fail on an empty selection (ArchUnit's default), and {@link
 * #everyLayerHasClasses} checks that each pattern matches classes, so no rule checks nothing.
 */
@AnalyzeClasses(packages = "org.phonelock", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String DOMAIN = "org.phonelock.domain..";
  private static final String APPLICATION = "org.phonelock.application..";
  private static final String HTTP = "org.phonelock.adapters.http..";
  private static final String CLI = "org.phonelock.adapters.cli..";
  private static final String FILES = "org.phonelock.adapters.files..";
  private static final String FAKE_SERVER = "org.phonelock.adapters.fakeserver..";
  private static final String FAKE_SERVER_API = "org.phonelock.adapters.fakeserver";
  private static final String FAKE_SERVER_INTERNAL = "org.phonelock.adapters.fakeserver.internal..";
  private static final String WIRING = "org.phonelock.wiring..";
  private static final String PORT_IN = "org.phonelock.application.port.in..";
  private static final String PORT_OUT = "org.phonelock.application.port.out..";
  private static final String SERVICE = "org.phonelock.application.service..";

  @ArchTest
  static final ArchRule onion =
      onionArchitecture()
          .domainModels(DOMAIN)
          .applicationServices(APPLICATION)
          .adapter("http", HTTP)
          .adapter("cli", CLI)
          .adapter("files", FILES)
          .adapter("fake-server", FAKE_SERVER)
          // No domain-service layer here; everyLayerHasClasses checks that the others match.
          .withOptionalLayers(true)
          .ignoreDependency(
              JavaClass.Predicates.resideInAPackage(WIRING), DescribedPredicate.alwaysTrue());

  @ArchTest
  static final ArchRule domainUsesOnlyTheJdkAndGuava =
      classes()
          .that().resideInAPackage(DOMAIN)
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "com.google.common..", DOMAIN);

  @ArchTest
  static final ArchRule applicationUsesOnlyTheDomainGuavaAndJakartaInject =
      classes()
          .that().resideInAPackage(APPLICATION)
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "com.google.common..", "jakarta.inject..", DOMAIN,
              APPLICATION);

  @ArchTest
  static final ArchRule noJavaxInject =
      noClasses().that().resideInAPackage("org.phonelock..")
          .should().dependOnClassesThat().resideInAPackage("javax.inject..");

  // Adapters never depend on each other: the onion rule says so; this adds the wiring, which
  // the onion rule ignores as a source of dependencies but must not become a target either.
  @ArchTest
  static final ArchRule onlyTheWiringKnowsTheWiring =
      noClasses().that().resideOutsideOfPackage(WIRING)
          .should().dependOnClassesThat().resideInAPackage(WIRING);

  // Hexagonal ports (buckpal's HexagonalArchitecture): the application implements the incoming
  // ports (its use cases), adapters implement the outgoing ones, never the other way round.
  @ArchTest
  static final ArchRule incomingPortsAreImplementedByTheApplication =
      classes().that().implement(JavaClass.Predicates.resideInAPackage(PORT_IN))
          .and().areNotInterfaces()
          .should().resideInAPackage(APPLICATION);

  @ArchTest
  static final ArchRule outgoingPortsAreImplementedByAdapters =
      classes().that().implement(JavaClass.Predicates.resideInAPackage(PORT_OUT)
              .and(JavaClass.Predicates.INTERFACES))
          .and().areNotInterfaces()
          .should().resideInAnyPackage(HTTP, CLI, FILES, FAKE_SERVER, WIRING);

  // Adapters (including the fake server and the CLI) never depending on the application's
  // implementations is already the onion rule's; what it cannot tell is ports from services.
  @ArchTest
  static final ArchRule portsDoNotDependOnTheServices =
      noClasses().that().resideInAnyPackage(PORT_IN, PORT_OUT)
          .should().dependOnClassesThat().resideInAPackage(SERVICE);

  // Every interface of the application that an adapter implements is an outgoing port (buckpal's
  // port/out): none is declared beside the logic that calls it.
  @ArchTest
  static final ArchRule adaptersImplementOnlyOutgoingPorts =
      noClasses().that().resideInAnyPackage(HTTP, CLI, FILES, FAKE_SERVER)
          .should().implement(JavaClass.Predicates.resideInAPackage(APPLICATION)
              .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(PORT_OUT)))
              .and(JavaClass.Predicates.INTERFACES));

  // The record files are driven adapters only: what they implement of phonelock is an outgoing
  // port, and nothing of the command line (picocli, its exceptions) reaches them; the CLI reaches
  // them through those ports, bound in the wiring (the onion rule forbids the direct way).
  @ArchTest
  static final ArchRule theFilesAdapterImplementsOnlyOutgoingPorts =
      noClasses().that().resideInAPackage(FILES)
          .should().implement(JavaClass.Predicates.resideInAPackage("org.phonelock..")
              .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(PORT_OUT))))
          .orShould().dependOnClassesThat().resideInAnyPackage("picocli..");

  // The CLI reaches a use case through its incoming port; the wiring builds the implementation
  // (the schedule runner included). Not the HTTP adapter: PhoneLockClient, the library's entry
  // point (README, "Embedding"), builds its own lock and unlock use cases.
  @ArchTest
  static final ArchRule theCliCallsUseCasesThroughIncomingPorts =
      noClasses().that().resideInAPackage(CLI)
          .should().dependOnClassesThat(DescribedPredicate.describe(
              "implement an incoming port",
              (JavaClass c) -> !c.isInterface() && c.getAllRawInterfaces().stream()
                  .anyMatch(i -> i.getPackageName().startsWith("org.phonelock.application.port.in"))));

  // Dagger generates a factory next to each @Inject class; those are the wiring's, not ours.
  /**
   * The fake server's public API is its top package and its JUnit extension (as okhttp's
   * mockwebserver3); everything else lives in {@code internal} packages that no other module
   * reaches, so that they can change without breaking a test author's code.
   */
  @ArchTest
  static final ArchRule theFakeServersInternalsStayInside =
      noClasses().that().resideOutsideOfPackage(FAKE_SERVER)
          .should().dependOnClassesThat().resideInAPackage(FAKE_SERVER_INTERNAL);

  @ArchTest
  static final ArchRule theFakeServersTopPackageHoldsOnlyItsPublicApi =
      classes().that().resideInAPackage(FAKE_SERVER_API).and().areTopLevelClasses()
          .should().bePublic();

  @ArchTest
  static final ArchRule onlyWiringUsesDagger =
      noClasses().that().resideOutsideOfPackage(WIRING)
          .and().areNotAnnotatedWith("dagger.internal.DaggerGenerated")
          .should().dependOnClassesThat().resideInAPackage("dagger..");

  private static JavaClasses imported;

  @ParameterizedTest
  @ValueSource(strings = {DOMAIN, APPLICATION, HTTP, CLI, FILES, FAKE_SERVER, FAKE_SERVER_API,
      FAKE_SERVER_INTERNAL, WIRING, PORT_IN, PORT_OUT, SERVICE})
  void everyLayerHasClasses(String pattern) {
    if (imported == null) {
      imported = new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.phonelock");
    }
    assertThat(imported.stream().filter(c -> JavaClass.Predicates.resideInAPackage(pattern).test(c)))
        .as("classes in %s", pattern)
        .isNotEmpty();
  }
}
