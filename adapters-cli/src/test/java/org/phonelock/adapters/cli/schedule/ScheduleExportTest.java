package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** {@code phonelock schedule export} for systemd, cron and Windows Task Scheduler. */
class ScheduleExportTest {
  private static final String TASK_NAMESPACE =
      "http://schemas.microsoft.com/windows/2004/02/mit/task";

  @TempDir Path directory;
  private ScheduleCli cli;
  private Path file;

  @BeforeEach
  void setUp() {
    cli = ScheduleCli.wednesdayMorning();
    file = ScheduleFiles.write(directory, "night.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc"));
  }

  @Test
  void systemdGetsAOneshotServiceAndAPersistentTimer() {
    assertThat(cli.run("schedule", "export", file.toString(), "--format", "systemd",
        "--command", "/opt/phonelock/bin/phonelock")).isEqualTo(0);
    assertThat(cli.out).contains(
        "# ---- phonelock-night.service ----\n",
        "[Service]\nType=oneshot\nExecStart=/opt/phonelock/bin/phonelock schedule run " + file
            + " --once\n",
        "After=network-online.target\n",
        "# ---- phonelock-night.timer ----\n",
        "[Timer]\nOnCalendar=*-*-* *:00/5:00\nPersistent=true\n",
        "Unit=phonelock-night.service\n",
        "[Install]\nWantedBy=timers.target\n");
    assertThat(cli.err).isEmpty();
  }

  @Test
  void cronGetsCronTzAndOneLineThatKeepsOnlyErrors() {
    assertThat(cli.run("schedule", "export", file.toString(), "--format", "cron", "--every", "1",
        "--command", "/opt/phonelock/bin/phonelock")).isEqualTo(0);
    assertThat(cli.out.lines().filter(l -> !l.startsWith("#"))).containsExactly(
        "CRON_TZ=Europe/Rome",
        "* * * * * /opt/phonelock/bin/phonelock schedule run " + file + " --once >/dev/null");
  }

  @Test
  void pathsWithSpacesPercentAndQuotesSurviveEachScheduler() {
    Path odd = directory.resolve("100% it's mine");
    assertThat(odd.toFile().mkdir()).isTrue();
    Path oddFile = ScheduleFiles.write(odd, "night.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc"));
    cli.run("schedule", "export", oddFile.toString(), "--format", "cron", "--command",
        "/opt/phonelock/bin/phonelock", "--every", "15", "--password-file", "/etc/phonelock/pw");
    assertThat(cli.out).contains("*/15 * * * * /opt/phonelock/bin/phonelock schedule run '"
        + directory + "/100\\% it'\\''s mine/night.yaml' --once --password-file"
        + " /etc/phonelock/pw >/dev/null");
    cli.run("schedule", "export", oddFile.toString(), "--format", "systemd", "--command",
        "/opt/phonelock/bin/phonelock");
    assertThat(cli.out).contains("ExecStart=/opt/phonelock/bin/phonelock schedule run \""
        + directory + "/100%% it's mine/night.yaml\" --once\n");
  }

  @Test
  void aCommandOutsideThePathIsRecommended() {
    assertThat(cli.run("schedule", "export", file.toString(), "--format", "cron")).isEqualTo(0);
    assertThat(cli.err).contains("'phonelock' is not an absolute path; cron and systemd do not"
        + " search your PATH");
  }

  @Test
  void windowsGetsATaskSchedulerTaskThatMatchesTheSchema() throws Exception {
    assertThat(cli.run("schedule", "export", file.toString(), "--format", "windows-task",
        "--command", "C:\\Program Files\\phonelock\\bin\\phonelock.cmd", "--every", "10",
        "--schedule-path", "C:\\phonelock\\night.yaml")).as(cli.err).isEqualTo(0);
    String xml = cli.out;
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
    validate(xml);
    Document task = parse(new InputSource(new StringReader(xml)));
    Element root = task.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(TASK_NAMESPACE);
    assertThat(root.getLocalName()).isEqualTo("Task");
    assertThat(text(task, "Command")).isEqualTo("C:\\Program Files\\phonelock\\bin\\phonelock.cmd");
    assertThat(text(task, "Arguments")).isEqualTo("schedule run C:\\phonelock\\night.yaml --once");
    assertThat(text(task, "Interval")).isEqualTo("PT10M");
    assertThat(text(task, "StartBoundary")).isEqualTo("2026-06-10T00:00:00");
    assertThat(text(task, "StartWhenAvailable")).isEqualTo("true");
    assertThat(text(task, "MultipleInstancesPolicy")).isEqualTo("IgnoreNew");
  }

  @Test
  void windowsTaskFilesAreUtf16WithAByteOrderMarkAsWindowsWritesThem() throws Exception {
    Path spaced = directory.resolve("a b");
    Files.createDirectory(spaced);
    Path spacedFile = ScheduleFiles.write(spaced, "night & day.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc"));
    Path out = Files.createDirectory(directory.resolve("out"));
    assertThat(cli.run("schedule", "export", spacedFile.toString(), "--format", "windows-task",
        "--schedule-path", "C:\\a b\\night & day.yaml", "--output-dir", out.toString()))
        .as(cli.err).isEqualTo(0);
    Path written = out.resolve("phonelock-night---day.xml");
    assertThat(cli.out.strip()).isEqualTo(written.toString());
    byte[] bytes = Files.readAllBytes(written);
    assertThat(bytes[0]).isEqualTo((byte) 0xFF);
    assertThat(bytes[1]).isEqualTo((byte) 0xFE);
    String xml = new String(bytes, StandardCharsets.UTF_16LE).substring(1);
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-16\"");
    validate(xml);
    Document task = parse(new InputSource(new ByteArrayInputStream(bytes)));
    assertThat(text(task, "Command")).isEqualTo("phonelock.cmd");
    assertThat(text(task, "Arguments"))
        .isEqualTo("schedule run \"C:\\a b\\night & day.yaml\" --once");
  }

  @Test
  void systemdAndCronFilesAreWrittenToo() throws Exception {
    assertThat(cli.run("schedule", "export", file.toString(), "--format", "systemd",
        "--output-dir", directory.toString(), "--command", "/usr/bin/phonelock")).isEqualTo(0);
    assertThat(Files.readString(directory.resolve("phonelock-night.timer")))
        .contains("Persistent=true");
    assertThat(Files.readString(directory.resolve("phonelock-night.service")))
        .contains("ExecStart=/usr/bin/phonelock schedule run");
  }

  @Test
  void badFormatsAndPeriodsAreRefused() {
    assertThat(cli.run("schedule", "export", file.toString(), "--format", "launchd")).isEqualTo(2);
    assertThat(cli.err).contains("--format launchd is not accepted; expected one of systemd,"
        + " cron, windows-task");
    assertThat(cli.run("schedule", "export", file.toString(), "--format", "cron", "--every",
        "7")).isEqualTo(2);
    assertThat(cli.err).contains("expected a divisor of 60");
    assertThat(cli.run("schedule", "export", file.toString())).isEqualTo(2);
    assertThat(cli.err).contains("Missing required option: '--format=FORMAT'");
  }

  private static void validate(String xml) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.newSchema(ScheduleExportTest.class.getResource("/schedule/task-scheduler-subset.xsd"))
        .newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static Document parse(InputSource source) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(source);
  }

  private static String text(Document document, String name) {
    return document.getElementsByTagNameNS(TASK_NAMESPACE, name).item(0).getTextContent();
  }
}
