package org.phonelock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Every {@code java} block of README.md compiles exactly as printed (imports included) against
 * the project's modules, and the fake server's JUnit example passes.
 */
class ReadmeJavaExamplesTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME =
      Pattern.compile("^(?:public |final )*class (\\w+)", Pattern.MULTILINE);

  @TempDir Path sources;
  @TempDir Path classes;

  private static List<String> javaBlocks() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher matcher = JAVA_BLOCK.matcher(readme);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  @Test
  void everyJavaBlockCompilesAsPrintedAndTheJunitExamplePasses() throws Exception {
    List<String> blocks = javaBlocks();
    assertThat(blocks).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(2);
    List<String> files = new ArrayList<>();
    for (String block : blocks) {
      Matcher name = CLASS_NAME.matcher(block);
      assertThat(name.find()).as("a top-level class in:\n" + block).isTrue();
      Path file = sources.resolve(name.group(1) + ".java");
      Files.writeString(file, block, StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), "--release", "17", "-proc:none", "-Xlint:all,-path", "-Werror"));
    arguments.addAll(files);
    int exit = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).as("javac's messages").isEmpty();
    assertThat(exit).as("javac on the README's java blocks").isZero();

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Class<?> example = loader.loadClass("LockJobTest");
      EngineTestKit.engine("junit-jupiter").selectors(selectClass(example)).execute()
          .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }
  }
}
