package org.phonelock.adapters.cli;

import java.util.Collection;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * picocli's help, with every text table replaced by a {@link WordWrapTable}, so that lines break
 * only at spaces. Each override builds the same columns as picocli 4.7's own method; only the
 * table class differs. Installed with {@link CommandLine#setHelpFactory}.
 */
final class WordWrapHelp extends CommandLine.Help {
  WordWrapHelp(CommandSpec spec, ColorScheme colorScheme) {
    super(spec, colorScheme);
  }

  @Override
  public String description(Object... params) {
    return join(usage().description(), params);
  }

  @Override
  public String header(Object... params) {
    return join(usage().header(), params);
  }

  @Override
  public String footer(Object... params) {
    return join(usage().footer(), params);
  }

  @Override
  public Layout createDefaultLayout(java.util.List<CommandLine.Model.OptionSpec> options,
      java.util.List<CommandLine.Model.PositionalParamSpec> positionals,
      ColorScheme scheme) {
    Layout layout = super.createDefaultLayout(options, positionals, scheme);
    return new Layout(scheme, copy(layout.textTable()), layout.optionRenderer(),
        layout.parameterRenderer());
  }

  /** The exit code list (and any other key-value list). */
  @Override
  public TextTable createTextTable(Map<?, ?> map) {
    TextTable table = super.createTextTable(Map.of());
    if (map == null || map.isEmpty()) {
      return copy(table);
    }
    int spacing = 3;
    int keyLength = Math.min(width() - spacing - 1, maxLength(map.keySet()));
    TextTable words = table(new Column(keyLength + spacing, 2, Overflow.SPAN),
        new Column(width() - (keyLength + spacing), 2, Overflow.WRAP));
    map.forEach((key, value) -> words.addRowValues(format(key), format(value)));
    return words;
  }

  @Override
  public String commandList(Map<String, CommandLine.Help> subcommands) {
    if (subcommands.isEmpty()) {
      return "";
    }
    int nameLength = Math.min(maxLength(subcommands.keySet()), width() / 2);
    TextTable table = table(new Column(nameLength + 2, 2, Overflow.SPAN),
        new Column(width() - (nameLength + 2), 2, Overflow.WRAP));
    subcommands.forEach((name, help) -> {
      UsageMessageSpec usage = help.commandSpec().usageMessage();
      String summary = usage.header().length > 0 ? usage.header()[0]
          : usage.description().length > 0 ? usage.description()[0] : "";
      Text[] lines = colorScheme().text(format(summary)).splitLines();
      for (int i = 0; i < lines.length; i++) {
        table.addRowValues(i == 0 ? help.commandNamesText(", ") : colorScheme().text(""), lines[i]);
      }
    });
    return table.toString();
  }

  private String join(String[] values, Object... params) {
    TextTable table = table(new Column(width(), 0, Overflow.WRAP));
    table.indentWrappedLines = 0;
    for (String value : values) {
      table.addRowValues(format(value, params));
    }
    return table.toString();
  }

  private TextTable table(Column... columns) {
    WordWrapTable table = new WordWrapTable(colorScheme(), columns);
    table.setAdjustLineBreaksForWideCJKCharacters(usage().adjustLineBreaksForWideCJKCharacters());
    return table;
  }

  private TextTable copy(TextTable original) {
    TextTable table = table(original.columns());
    table.indentWrappedLines = original.indentWrappedLines;
    return table;
  }

  private UsageMessageSpec usage() {
    return commandSpec().usageMessage();
  }

  private int width() {
    return usage().width();
  }

  private static int maxLength(Collection<?> values) {
    return values.stream().mapToInt(v -> String.valueOf(v).length()).max().orElse(0);
  }

  private static String format(Object value, Object... params) {
    return value == null ? "" : String.format(String.valueOf(value), params);
  }
}
