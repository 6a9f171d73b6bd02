package org.phonelock.adapters.cli.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Crontab lines (crontab(5)) that run {@code schedule run FILE --once} every few minutes. {@code
 * CRON_TZ} names the schedule's zone for cron implementations that read it (cronie, Vixie); the
 * schedule's own times are read in that zone by phonelock whatever cron's zone is. Standard
 * output is discarded and standard error kept, so cron mails failures only.
 */
final class CronExport {
  private CronExport() {}

  static List<ExportedFile> files(ExportRequest request) {
    String schedule = request.schedulePath();
    List<String> command = new ArrayList<>();
    command.add(request.executable());
    command.addAll(request.runArguments());
    String minutes = request.everyMinutes() == 1 ? "*"
        : request.everyMinutes() == 60 ? "0" : "*/" + request.everyMinutes();
    String text = String.join("\n",
        "# phonelock schedule " + schedule + ": apply what is due "
            + request.period() + ", and what was missed while the machine was off.",
        "# Install with 'crontab -e' for the account that runs it. Failures go to standard"
            + " error, which cron mails to MAILTO;",
        "# the full record is the audit log. The password: PHONELOCK_PASSWORD in the"
            + " environment, or --password-file.",
        "CRON_TZ=" + request.file().schedule().zone().getId(),
        minutes + " * * * * " + Quoting.join(command, Quoting::cron) + " >/dev/null",
        "");
    return List.of(new ExportedFile(request.unitName() + ".crontab", text, false));
  }
}
