package org.phonelock.adapters.cli.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * A systemd service and timer (systemd.timer(5)) that run {@code schedule run FILE --once} every
 * few minutes. {@code Persistent=true} starts a run missed while the machine was off as soon as
 * it is back; catch-up then applies what was due.
 */
final class SystemdExport {
  private SystemdExport() {}

  static List<ExportedFile> files(ExportRequest request) {
    String unit = request.unitName();
    String schedule = request.schedulePath();
    // Description= resolves specifiers (systemd.unit(5), "Specifiers"): a % must be doubled.
    String described = schedule.replace("%", "%%");
    List<String> command = new ArrayList<>();
    command.add(request.executable());
    command.addAll(request.runArguments());
    String service = String.join("\n",
        "# " + unit + ".service: applies the locks and unlocks of " + schedule + " that are due.",
        "# Install: copy both files to /etc/systemd/system/, then",
        "#   systemctl daemon-reload && systemctl enable --now " + unit + ".timer",
        "[Unit]",
        "Description=phonelock schedule " + described,
        "Wants=network-online.target",
        "After=network-online.target",
        "",
        "[Service]",
        "Type=oneshot",
        "ExecStart=" + Quoting.join(command, Quoting::systemd),
        "# The password: a file only this service can read, holding PHONELOCK_PASSWORD=...",
        "#EnvironmentFile=/etc/phonelock/" + unit + ".env",
        "#User=phonelock",
        "");
    String timer = String.join("\n",
        "# " + unit + ".timer: starts " + unit + ".service " + request.period()
            + ", and at boot when a run was missed (Persistent=true).",
        "[Unit]",
        "Description=Run phonelock schedule " + described + " "
            + request.period(),
        "",
        "[Timer]",
        "OnCalendar=*-*-* *:00/" + request.everyMinutes() + ":00",
        "Persistent=true",
        "AccuracySec=1s",
        "Unit=" + unit + ".service",
        "",
        "[Install]",
        "WantedBy=timers.target",
        "");
    return List.of(new ExportedFile(unit + ".service", service, false),
        new ExportedFile(unit + ".timer", timer, false));
  }
}
