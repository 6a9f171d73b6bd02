package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.cli.Problem;
import org.phonelock.application.schedule.ScheduleJob;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/** Reading schedule files: the issue's shape, and every error named with its line. */
class ScheduleFileParserTest {
  @TempDir Path directory;

  private ScheduleFileParser.Result parse(String text) {
    return ScheduleFileParser.parse(ScheduleFiles.write(directory, "night.yaml", text));
  }

  private List<String> problems(String text) {
    return parse(text).problems().stream().map(p -> p.line() + ": " + p.message()).toList();
  }

  @Test
  void theIssueExampleIsAccepted() {
    ScheduleFile file = parse(ScheduleFiles.issueExample("https://ias.example.com",
        "phonelock-svc")).file().orElseThrow();
    assertThat(file.schedule().zone().getId()).isEqualTo("Europe/Rome");
    assertThat(file.server().orElseThrow()).hasToString("https://ias.example.com");
    assertThat(file.user()).contains("phonelock-svc");
    assertThat(file.password()).isEmpty();
    ScheduleJob night = file.schedule().jobs().get(0);
    assertThat(night.name()).isEqualTo("rd-night");
    assertThat(night.action()).isEqualTo(PhoneLockAction.LOCK);
    assertThat(night.cron().expression()).isEqualTo("0 19 * * MON-FRI");
    assertThat(night.filter().values()).containsExactly(
        java.util.Map.entry(FilterField.DEPARTMENT, "R&D"));
    ScheduleJob morning = file.schedule().jobs().get(1);
    assertThat(morning.action()).isEqualTo(PhoneLockAction.UNLOCK);
    assertThat(morning.filter().value(FilterField.CUSTOM_FIELD_1)).contains("Example1");
  }

  @Test
  void filterNamesAreCaseInsensitiveValuesExactAndExceptTakesThreeForms() {
    ScheduleFile file = parse(String.join("\n",
        "timezone: America/New_York",
        "profile: night-ops",
        "jobs:",
        "  - name: sales",
        "    action: UNLOCK",
        "    cron: '0 8 * * 1-5'",
        "    filters:",
        "      Department: ' Sales & Marketing '",
        "      CUSTOMFIELD10: 'null'",
        "    except:",
        "      - 2026-12-25",
        "      - 2026-12-31..2027-01-01",
        "      - {from: 2026-08-10, to: 2026-08-14}",
        "  - name: everything",
        "    action: lock",
        "    cron: '0 22 * * *'",
        "    all: true",
        "")).file().orElseThrow();
    ScheduleJob sales = file.schedule().jobs().get(0);
    assertThat(sales.filter().value(FilterField.DEPARTMENT)).contains(" Sales & Marketing ");
    assertThat(sales.filter().value(FilterField.CUSTOM_FIELD_10)).contains("null");
    assertThat(sales.except()).extracting(Object::toString).containsExactly(
        "2026-12-25", "2026-12-31..2027-01-01", "2026-08-10..2026-08-14");
    assertThat(file.schedule().jobs().get(1).filter().isEmpty()).isTrue();
    assertThat(file.profile()).contains("night-ops");
    assertThat(file.server()).isEmpty();
  }

  @Test
  void profilesTakesAFlowOrABlockListInPlaceOfProfile() {
    String jobs = String.join("\n",
        "jobs:",
        "  - name: rd-night",
        "    action: lock",
        "    cron: '0 19 * * *'",
        "    filters: { department: R&D }",
        "");
    ScheduleFile flow = parse("timezone: Europe/Rome\nprofiles: [milan, rome]\n" + jobs)
        .file().orElseThrow();
    assertThat(flow.profiles().keySet()).containsExactly("milan", "rome");
    assertThat(flow.profile()).isEmpty();
    assertThat(flow.profileSource("rome")).endsWith("night.yaml:2: profiles: 'rome'");
    ScheduleFile block = parse("timezone: Europe/Rome\nprofiles:\n  - milan\n  - rome\n"
        + jobs).file().orElseThrow();
    assertThat(block.profiles().keySet()).containsExactly("milan", "rome");
    assertThat(block.profileSource("rome")).endsWith("night.yaml:4: profiles: 'rome'");
  }

  @Test
  void profilesIsRefusedWithProfileEmptyWithADuplicateOrBesideServerUserOrPassword() {
    String jobs = String.join("\n",
        "jobs:",
        "  - name: rd-night",
        "    action: lock",
        "    cron: '0 19 * * *'",
        "    filters: { department: R&D }",
        "");
    assertThat(problems("timezone: Europe/Rome\nprofile: milan\nprofiles: [milan, rome]\n"
        + jobs)).containsExactly("3: 'profile' and 'profiles' cannot both be given; use"
        + " 'profiles' alone, e.g. profiles: [milan, rome]");
    assertThat(problems("timezone: Europe/Rome\nprofiles: []\n" + jobs)).containsExactly(
        "2: 'profiles' must be a list of one or more profile names, e.g. profiles: [milan, rome]");
    assertThat(problems("timezone: Europe/Rome\nprofiles: milan\n" + jobs)).containsExactly(
        "2: 'profiles' must be a list of one or more profile names, e.g. profiles: [milan, rome]");
    // Compared as the profiles file compares its names: exactly, so Milan is another profile.
    assertThat(problems("timezone: Europe/Rome\nprofiles:\n  - milan\n  - Milan\n  - milan\n"
        + jobs)).containsExactly("5: profile 'milan' is given twice in 'profiles'; give each"
        + " profile once");
    assertThat(problems("timezone: Europe/Rome\nserver: https://ias.example.com\nuser: svc\n"
        + "profiles: [milan, rome]\n" + jobs)).containsExactly(
        "2: 'server' cannot be given beside 'profiles': each profile gives its own server, user"
            + " and password; move it into the profiles (README, \"Profiles\")",
        "3: 'user' cannot be given beside 'profiles': each profile gives its own server, user"
            + " and password; move it into the profiles (README, \"Profiles\")");
    assertThat(problems("timezone: Europe/Rome\npassword: 'pw'\nprofiles: [milan, rome]\n"
        + jobs)).containsExactly(
        "2: 'password' cannot be given beside 'profiles': each profile gives its own server,"
            + " user and password; move it into the profiles (README, \"Profiles\")");
  }

  @Test
  void everyErrorIsNamedWithItsLine() {
    assertThat(problems(String.join("\n",
        "timezone: europe/rome",                          // 1
        "server: ftp://ias.example.com",                  // 2
        "user: 'svc:x'",                                  // 3
        "colour: blue",                                   // 4
        "jobs:",                                          // 5
        "  - name: rd night",                             // 6
        "    action: lok",                                // 7
        "    cron: '0 25 * * MON-FRI'",                   // 8
        "    filters: { departmnt: 'R&D' }",              // 9
        "  - name: ok",                                   // 10
        "    action: unlock",                             // 11
        "    cron: '30 7 * *'",                           // 12
        "    filters: { department: , customField1: x, CUSTOMFIELD1: y }", // 13
        "    except: ['2026-12-25..2026-12-20', tomorrow]", // 14
        "  - name: OK",                                   // 15
        "    action: lock",                               // 16
        "    cron: '0 19 * * *'",                         // 17
        "  - name: both",                                 // 18
        "    action: lock",                               // 19
        "    cron: '0 19 * * *'",                         // 20
        "    all: true",                                  // 21
        "    filters: { department: Sales }",             // 22
        "")))
        .anySatisfy(p -> assertThat(p).startsWith("1: timezone 'europe/rome'")
            .contains("did you mean Europe/Rome?"))
        .anySatisfy(p -> assertThat(p).startsWith("2: server: server URL \"ftp://ias.example.com\"")
            .contains("the scheme must be http or https"))
        .anySatisfy(p -> assertThat(p).startsWith("3: user: ").contains("':'"))
        .anySatisfy(p -> assertThat(p).startsWith("4: unknown key 'colour'")
            .contains("accepted: timezone, server, user, profile, profiles, password, jobs"))
        .anySatisfy(p -> assertThat(p).startsWith("6: job name 'rd night' is not accepted"))
        .anySatisfy(p -> assertThat(p).startsWith("7: job 1: action 'lok'")
            .contains("expected lock or unlock"))
        .anySatisfy(p -> assertThat(p).startsWith("8: job 1: cron '0 25 * * MON-FRI'"))
        .anySatisfy(p -> assertThat(p).startsWith("9: job 1: unknown filter field 'departmnt'")
            .contains("accepted: department, customField1"))
        .anySatisfy(p -> assertThat(p).startsWith("12: job ok: cron '30 7 * *'"))
        .anySatisfy(p -> assertThat(p).startsWith("13: job ok: filter department has no value"))
        .anySatisfy(p -> assertThat(p).startsWith("13: job ok: filter customField1 is given more"))
        .anySatisfy(p -> assertThat(p).startsWith("14: job ok: except entry: date range")
            .contains("ends before it starts"))
        .anySatisfy(p -> assertThat(p).startsWith("14: job ok: except entry: 'tomorrow'"))
        .anySatisfy(p -> assertThat(p).startsWith("15: job name 'OK' is used twice"))
        .anySatisfy(p -> assertThat(p).startsWith("15: job 3 has no filters"))
        .anySatisfy(p -> assertThat(p).startsWith("22: job both: 'all: true' cannot be combined"))
        .hasSize(16);
  }

  @Test
  void yamlTagsAreRefusedRatherThanSendAnotherValue() {
    assertThat(problems(ScheduleFiles.issueExample("https://ias.example.com", "svc")
        .replace("{ department: \"R&D\" }", "{ department: !Sales Dept }")))
        .singleElement().asString()
        .isEqualTo("8: job rd-night: filter department starts with a YAML tag ('!'); put the"
            + " value in single quotes");
  }

  @Test
  void missingKeysAndAJobWithoutFiltersAreNamed() {
    assertThat(problems(String.join("\n",
        "jobs:",
        "  - name: night",
        "    cron: '0 19 * * *'",
        "")))
        .containsExactlyInAnyOrder(
            "1: missing key 'timezone'",
            "1: missing key 'server' (the Imagicle server URL), or give a profile",
            "1: missing key 'user' (the account with Phone Lock rights), or give a profile",
            "2: missing key 'action'",
            "2: job night has no filters; give filters, e.g. filters: {department: \"R&D\"}, or"
                + " all: true to act on every line the account can see");
    assertThat(problems("timezone: UTC\nserver: https://a.example\nuser: u\njobs: []\n"))
        .singleElement().asString().startsWith("4: 'jobs' must be a list of one or more jobs");
  }

  @Test
  void aPasswordIsAcceptedOnlyInAFileReadableByItsOwnerAlone() {
    String text = ScheduleFiles.issueExample("https://ias.example.com", "svc")
        + "password: 'Very-Secret-Pw-42'\n";
    ScheduleFile owner = ScheduleFileParser.parse(
        ScheduleFiles.write(directory, "owner.yaml", text, "rw-------")).file().orElseThrow();
    assertThat(owner.password()).contains("Very-Secret-Pw-42");
    assertThat(owner.toString()).doesNotContain("Very-Secret-Pw-42").contains("<redacted>");

    Path shared = ScheduleFiles.write(directory, "shared.yaml", text, "rw-r-----");
    List<Problem> problems = ScheduleFileParser.parse(shared).problems();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(13);
      assertThat(p.message()).contains("readable by its owner alone", "rw-r-----",
          "chmod 600 " + shared, "PHONELOCK_PASSWORD").doesNotContain("Very-Secret-Pw-42");
    });
  }

  @Test
  void malformedYamlNeverShowsThePasswordLine() {
    List<Problem> problems = parse(String.join("\n",
        "timezone: UTC",
        "password: \"Very-Secret-Pw-42",
        "  user: [",
        "")).problems();
    assertThat(problems).isNotEmpty().allSatisfy(p ->
        assertThat(p.message()).startsWith("not valid YAML").doesNotContain("Very-Secret"));
  }

  @Test
  void encodingEmptyFilesAndMissingFilesAreNamed() throws Exception {
    Path latin1 = directory.resolve("latin1.yaml");
    Files.write(latin1, "timezone: Europe/Rome\nuser: caf\u00e9\n".getBytes(
        StandardCharsets.ISO_8859_1));
    assertThat(ScheduleFileParser.parse(latin1).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not valid UTF-8"));
    assertThat(problems("")).singleElement().asString().contains("the file is empty");
    assertThat(ScheduleFileParser.parse(directory.resolve("absent.yaml")).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("no such file"));
    Path bom = ScheduleFiles.write(directory, "bom.yaml",
        "\uFEFF" + ScheduleFiles.issueExample("https://ias.example.com", "svc"));
    assertThat(ScheduleFileParser.parse(bom).file()).isPresent();
  }
}
