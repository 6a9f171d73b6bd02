package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The packaged fake-server jar (maven-shade-plugin, verify phase): Jetty is inside, relocated,
 * and the POM installed beside it names no Jetty, so a test that uses the JUnit extension never
 * gets our Jetty next to its own (README, "Testing your code against the fake server":
 * the extension brings no Jetty to a test's class path).
 */
class ShadedJarIT {
  private static final Path JAR = Path.of(System.getProperty("fakeserver.jar"));
  private static final Path POM = Path.of(System.getProperty("fakeserver.pom"));

  @Test
  void theJarHoldsJettyOnlyRelocated() throws Exception {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> names = jar.stream().map(ZipEntry::getName).toList();
      assertThat(names).as("un-relocated Jetty in %s", JAR)
          .noneMatch(name -> name.startsWith("org/eclipse/jetty/"));
      assertThat(names).as("relocated Jetty in %s", JAR)
          .contains("org/phonelock/adapters/fakeserver/shaded/jetty/server/Server.class")
          .contains("org/phonelock/adapters/fakeserver/internal/http/HttpListener.class");
      // Service files name relocated classes too, else Jetty would not find its own services.
      assertThat(names).filteredOn(name -> name.startsWith("META-INF/services/"))
          .noneMatch(name -> name.contains("org.eclipse.jetty"));
    }
  }

  @Test
  void theInstalledPomDeclaresNoJetty() throws Exception {
    org.w3c.dom.Document pom = javax.xml.parsers.DocumentBuilderFactory.newInstance()
        .newDocumentBuilder().parse(POM.toFile());
    javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
    org.w3c.dom.NodeList groups = (org.w3c.dom.NodeList) xpath.evaluate(
        "/*[local-name()='project']/*[local-name()='dependencies']/*[local-name()='dependency']"
            + "/*[local-name()='groupId']", pom, javax.xml.xpath.XPathConstants.NODESET);
    List<String> declared = new java.util.ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      declared.add(groups.item(i).getTextContent().trim());
    }
    assertThat(declared).as("dependencies of %s", POM)
        .contains("org.phonelock", "com.fasterxml.jackson.core", "org.slf4j")
        .noneMatch(group -> group.startsWith("org.eclipse.jetty"));
  }

  @Test
  void theShadedJarStartsAServerThatAnswers() throws Exception {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    // The relocated classes work: the test class path runs this module's own classes, so start
    // one from the packaged jar in a class loader of its own.
    try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
        new java.net.URL[] {JAR.toUri().toURL()}, dependenciesWithoutJetty())) {
      Class<?> server = loader.loadClass("org.phonelock.adapters.fakeserver.FakePhoneLockServer");
      assertThat(server.getClassLoader()).isSameAs(loader);
      // Jetty finds its services through the context class loader, as in a consumer's JVM.
      Thread.currentThread().setContextClassLoader(loader);
      Object builder = server.getMethod("builder").invoke(null);
      try (AutoCloseable running =
          (AutoCloseable) builder.getClass().getMethod("start").invoke(builder)) {
        java.net.URI base = (java.net.URI) server.getMethod("baseUri").invoke(running);
        java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient()
            .send(java.net.http.HttpRequest.newBuilder(base.resolve("/__fake/health")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"up\"}");
      }
    } finally {
      Thread.currentThread().setContextClassLoader(context);
    }
  }

  /** The test class path but this module's classes and Jetty: what a consumer has. */
  private static ClassLoader dependenciesWithoutJetty() throws Exception {
    List<java.net.URL> urls = new java.util.ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.contains("jetty") && !entry.endsWith("test-classes")
          && !entry.endsWith("classes") && !entry.endsWith(JAR.getFileName().toString())) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return new java.net.URLClassLoader(urls.toArray(java.net.URL[]::new),
        ClassLoader.getPlatformClassLoader());
  }
}
