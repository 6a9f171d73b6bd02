package org.phonelock.adapters.fakeserver.console;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.LineState;
import org.phonelock.adapters.fakeserver.ScheduledFault;
import org.phonelock.domain.Text;

/**
 * The console at {@code GET /__fake/} in a real headless Chromium: it follows the server, its
 * controls act on the server, it is usable with the keyboard and shows every value as text. Tagged
 * {@code browser}: run by .ci/browser-check ({@code -Pbrowser}), left out of a plain {@code mvn
 * verify}. Saves a screenshot to {@code target/fake-server-console.png} (README).
 */
@Tag("browser")
@Timeout(300) // a hung browser fails the test instead of the build
class ConsoleBrowserTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final String SAMPLE_USER_IN_RD = "giulia.ferrari";

  private FakePhoneLockServer server;
  private Chromium chromium;
  private WebDriverWait wait;

  @BeforeEach
  void openConsole() throws Exception {
    server = FakePhoneLockServer.builder().start();
    chromium = Chromium.start(1280, 1900);
    wait = new WebDriverWait(chromium.driver, PATIENCE);
    // The page re-renders a table when the server changes: a row found a moment ago may be gone.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    chromium.driver.get(server.baseUri() + "/__fake/");
    waitForText(By.id("lines-caption"), server.lines().size() + " lines, 0 locked");
  }

  @AfterEach
  void close() throws Exception {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      server.close();
    }
  }

  @Test
  void followsALockThroughTheApiAndAddsAFaultThroughThePage() throws Exception {
    assertThat(rowState(SAMPLE_USER_IN_RD)).isEqualTo("Unlocked");
    lock("department=R%26D");
    waitForText(By.cssSelector("tr[data-user='" + SAMPLE_USER_IN_RD + "'] td.state"), "Locked");
    waitForText(By.cssSelector("#journal-body tr:first-child td:nth-child(5)"),
        "department=R&D");
    waitForText(By.id("summary"), lockedLines() + " of " + server.lines().size()
        + " lines locked; 1 request in the journal; 0 faults queued.");
    assertThat(server.journal()).hasSize(1); // the page itself sends nothing to the Phone Lock side

    new Select(element("fault-kind")).selectByValue("delay");
    assertThat(element("fault-delay").isDisplayed()).isTrue();
    assertThat(element("fault-status").isDisplayed()).isFalse();
    new Select(element("fault-kind")).selectByValue("status");
    assertThat(element("fault-delay").isDisplayed()).isFalse();
    replace("fault-status", "503");
    replace("fault-retry-after", "7");
    replace("fault-times", "2");
    element("fault-add").click();
    until(s -> !s.faults().isEmpty());
    assertThat(server.faults()).containsExactly(
        new ScheduledFault(Fault.status(503, 7), OptionalInt.of(2)));
    waitForText(By.cssSelector("#faults-body tr td:nth-child(2)"), "status 503, Retry-After 7 s");

    filterByCustomField1("Example1");
    int matching = adminGet("/__fake/lines?customField1=Example1").size();
    waitForText(By.id("lines-caption"), matching + " lines matching the filter",
        String::startsWith);
    Path screenshot = Path.of("target", "fake-server-console.png");
    Files.write(screenshot, chromium.driver.getScreenshotAs(OutputType.BYTES));

    element("faults-clear").click();
    until(s -> s.faults().isEmpty());
    element("reset").click();
    until(s -> s.lines().stream().noneMatch(LineState::locked) && s.journal().isEmpty());
    waitForText(By.cssSelector("tr[data-user='" + SAMPLE_USER_IN_RD + "'] td.state"),
        "Unlocked");
  }

  @Test
  void filtersWithTheApiFiltersAndShowsARefusal() {
    element("filter-department").sendKeys("r&d", Keys.ENTER); // submit from the keyboard
    long rd = server.lines().stream().filter(line -> line.department() != null
        && Text.matchesIgnoringCase(line.department(), "R&D")).count();
    waitForText(By.id("lines-caption"), rd + " lines matching the filter, 0 locked");
    assertThat(chromium.driver.findElements(By.cssSelector("tbody[data-department]")))
        .extracting(body -> body.getAttribute("data-department")).containsExactly("R&D");

    element("filter-clear").click();
    element("filter-department").sendKeys("\u00a0", Keys.ENTER); // blank: the server says 400
    wait.until(ExpectedConditions.textMatches(By.id("message"),
        java.util.regex.Pattern.compile(".*only white space or invisible characters.*")));
  }

  @Test
  void loadsADirectoryFileAndShowsEveryValueAsText(@TempDir Path folder) throws Exception {
    String script = "<script>document.title='pwned'</script>";
    String image = "<img src=x onerror=\"document.title='pwned'\">";
    Path csv = folder.resolve("users.csv");
    Files.writeString(csv, "username,department,lines,locked\n"
        + "ann,R&D,2001,true\n"
        + "\"" + script.replace("\"", "\"\"") + "\"," + "\"" + script.replace("\"", "\"\"")
        + "\",2002,false\n"
        + "bob,\"" + image.replace("\"", "\"\"") + "\",2003,false\n", UTF_8);
    element("directory-file").sendKeys(csv.toAbsolutePath().toString());
    element("directory-load").click();
    waitForText(By.id("message"), "Loaded users.csv: 3 users, 3 lines.");
    until(s -> s.lines().size() == 3);
    waitForText(By.id("lines-caption"), "3 lines, 1 locked");

    assertThat(chromium.driver.findElements(By.cssSelector("tbody[data-department] th")))
        .extracting(WebElement::getText).contains("R&D: 1 line, 1 locked",
            script + ": 1 line, 0 locked", image + ": 1 line, 0 locked");
    assertThat(chromium.driver.findElement(By.cssSelector("tr[data-extension='2002'] th"))
        .getText()).isEqualTo(script);
    assertThat(chromium.driver.findElements(By.cssSelector("#lines img, #lines script")))
        .isEmpty();
    assertThat(chromium.driver.getTitle()).isEqualTo("Fake Phone Lock server: console");
  }

  @Test
  void isUsableWithTheKeyboardAndLabelledForScreenReaders() {
    element("summary").click(); // a neutral start; the page begins with no focus
    chromium.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = chromium.driver.switchTo().activeElement();
    assertThat(focused.getAttribute("id")).isEqualTo("reset");
    assertThat(focused.getCssValue("outline-style")).isEqualTo("solid"); // visible focus
    lock("department=IT");
    waitForText(By.cssSelector("tr[data-user='admin'] td.state"), "Locked");
    focused.sendKeys(Keys.ENTER); // "Reset server" from the keyboard
    until(s -> s.lines().stream().noneMatch(LineState::locked));

    element("custom-fields").findElement(By.xpath("..")).click(); // open <details>
    // Controls of another fault kind are hidden, out of the accessibility tree: only shown ones.
    List<WebElement> controls = chromium.driver.findElements(By.cssSelector("input, select,"
        + " button")).stream().filter(WebElement::isDisplayed).toList();
    assertThat(controls).hasSizeGreaterThan(15).allSatisfy(control ->
        assertThat(control.getAccessibleName()).as(control.getAttribute("outerHTML")).isNotBlank());
    assertThat(element("summary").getAttribute("aria-live")).isEqualTo("polite");
    assertThat(chromium.driver.findElements(By.cssSelector("table thead th[scope=col]")))
        .hasSizeGreaterThanOrEqualTo(13);
  }

  private void filterByCustomField1(String value) {
    element("custom-fields").findElement(By.xpath("..")).click(); // open <details>
    element("filter-customField1").sendKeys(value);
    element("filter-apply").click();
  }

  private long lockedLines() {
    return server.lines().stream().filter(LineState::locked).count();
  }

  private String rowState(String user) {
    return text(By.cssSelector("tr[data-user='" + user + "'] td.state"));
  }

  private WebElement element(String id) {
    return chromium.driver.findElement(By.id(id));
  }

  private String text(By locator) {
    return chromium.driver.findElement(locator).getText();
  }

  private void replace(String id, String value) {
    WebElement input = element(id);
    input.clear();
    input.sendKeys(value);
  }

  private void waitForText(By locator, String expected) {
    waitForText(locator, expected, String::equals);
  }

  private void waitForText(By locator, String expected,
      java.util.function.BiPredicate<String, String> test) {
    wait.withMessage(() -> locator + " to show '" + expected + "'").until(driver -> {
      List<WebElement> found = driver.findElements(locator);
      return !found.isEmpty() && test.test(found.get(0).getText(), expected);
    });
  }

  private void until(Predicate<FakePhoneLockServer> condition) {
    new FluentWait<>(server).withTimeout(PATIENCE).pollingEvery(Duration.ofMillis(20))
        .until(condition::test);
  }

  private com.fasterxml.jackson.databind.JsonNode adminGet(String pathAndQuery) throws Exception {
    HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.baseUri() + pathAndQuery)).timeout(PATIENCE).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(reply.body());
  }

  private void lock(String query) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri()
            + "/fw/Apps/StoneLock/WebAPI/Phones/Lock?" + query))
        .PUT(HttpRequest.BodyPublishers.noBody())
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("admin:admin-demo-pw".getBytes(UTF_8)))
        .timeout(PATIENCE).build();
    try {
      HttpResponse<String> reply =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    } catch (Exception e) {
      throw new AssertionError("lock " + query, e);
    }
  }
}
