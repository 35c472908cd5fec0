package dev.triage.cli.completion;

import dev.triage.batch.Format;
import dev.triage.model.Ids;
import dev.triage.report.ReportFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The bash completion script, written from the commands' model: their names, their options, and for
 * each value what completes it. Names, options and formats are written into the script; the values
 * that depend on a questionnaire (names for -q, question ids and their answers for -a) come from
 * {@code triage __complete} ({@link CompleteCommand}) at each Tab. Nothing the tool prints is ever
 * evaluated by the shell: it is read line by line into COMPREPLY.
 */
public final class CompletionScript {
  /** What completes a value. */
  public enum Kind {
    FILE,
    QUESTIONNAIRE,
    ANSWER,
    FORMAT,
    NONE
  }

  /** The values of each command's {@code --format}, as the command accepts them. */
  public static final Map<String, List<String>> FORMATS =
      Map.of(
          "run",
              Arrays.stream(ReportFormat.values())
                  .map(f -> f.name().toLowerCase(Locale.ROOT))
                  .toList(),
          "graph", List.of("mermaid", "dot"),
          "batch", Arrays.stream(Format.values()).map(Format::key).toList());

  private CompletionScript() {}

  /**
   * What completes a value of {@code arg}, by the label its help shows. validate's files are
   * questionnaires, which it also finds by name, as -q does.
   */
  public static Kind kind(CommandSpec command, ArgSpec arg) {
    if (command.name().equals("validate") && arg.isPositional()) {
      return Kind.QUESTIONNAIRE;
    }
    return switch (arg.paramLabel()) {
      case "FILE", "CASES" -> Kind.FILE;
      case "NAME|PATH" -> Kind.QUESTIONNAIRE;
      case "ID=CHOICE" -> Kind.ANSWER;
      case "FORMAT" -> Kind.FORMAT;
      default -> Kind.NONE;
    };
  }

  /** The script for {@code root} and its visible subcommands. */
  public static String bash(CommandSpec root) {
    String name = word(root.name());
    StringBuilder s = new StringBuilder();
    s.append("# Bash completion for ")
        .append(name)
        .append(", made by '")
        .append(name)
        .append(" generate-completion' from its commands.\n")
        .append("# For this shell: source <(")
        .append(name)
        .append(" generate-completion)\n")
        .append("# For good: install it as share/bash-completion/completions/")
        .append(name)
        .append(" (the runtime image and the .deb do),\n")
        .append(
            "# or add the line above to ~/.bashrc. Names for -q and ids and answers for -a come from the ")
        .append(name)
        .append(" typed\n")
        .append("# on the line ('")
        .append(name)
        .append(" __complete'), read line by line and never evaluated.\n\n")
        .append(RUNTIME.replace("@NAME@", name))
        .append("\n_")
        .append(fn(name))
        .append("() {\n")
        .append("  local words=() cword=0 i\n")
        .append("  _triage_words\n")
        .append("  local cur=${words[cword]} raw=${COMP_WORDS[COMP_CWORD]} sub= at=0\n")
        .append("  [[ $raw == = ]] && raw=\n")
        .append("  local strip=$((${#cur} - ${#raw})) opt= value= lead= kind= candidates=()\n")
        .append("  for ((i = 1; i < cword; i++)); do\n")
        .append("    case ${words[i]} in\n")
        .append("      -*) ;;\n")
        .append("      *) sub=${words[i]} at=$i; break ;;\n")
        .append("    esac\n")
        .append("  done\n")
        .append("  case $sub in\n");
    command(s, "''", root);
    for (CommandSpec sub : visible(root)) {
      command(s, word(sub.name()), sub);
    }
    s.append("    *) return 0 ;;\n")
        .append("  esac\n")
        .append("  _triage_reply\n")
        .append("}\n\n")
        .append("complete -F _")
        .append(fn(name))
        .append(" ")
        .append(name)
        .append("\n");
    return s.toString();
  }

  private static List<CommandSpec> visible(CommandSpec root) {
    List<CommandSpec> subs = new ArrayList<>();
    root.subcommands()
        .forEach(
            (n, line) -> {
              CommandSpec sub = line.getCommandSpec();
              if (!sub.usageMessage().hidden() && n.equals(sub.name()) && !subs.contains(sub)) {
                subs.add(sub);
              }
            });
    return subs;
  }

  /**
   * One command's branch: its options, which take a value and what completes it, and its positional
   * values.
   */
  private static void command(StringBuilder s, String label, CommandSpec command) {
    List<String> options = new ArrayList<>();
    List<String> valued = new ArrayList<>();
    List<String> questionnaire = new ArrayList<>();
    StringBuilder values = new StringBuilder();
    for (OptionSpec o : command.options()) {
      if (o.hidden()) {
        continue;
      }
      List<String> names = Arrays.stream(o.names()).map(CompletionScript::word).toList();
      options.addAll(names);
      if (o.arity().max() == 0) {
        continue;
      }
      valued.addAll(names);
      Kind kind = kind(command, o);
      if (kind == Kind.QUESTIONNAIRE) {
        questionnaire.addAll(names);
      }
      values
          .append("        ")
          .append(String.join("|", names))
          .append(") kind=")
          .append(kind(command.name(), kind))
          .append(" ;;\n");
    }
    Kind positional =
        command.positionalParameters().stream()
            .filter(p -> !p.hidden())
            .findFirst()
            .map(p -> kind(command, p))
            .orElse(Kind.NONE);
    List<String> subcommands =
        label.equals("''")
            ? visible(command).stream().map(c -> word(c.name())).toList()
            : List.of();
    s.append("    ")
        .append(label)
        .append(")\n")
        .append("      local options='")
        .append(String.join(" ", options))
        .append("'\n")
        .append("      local commands='")
        .append(String.join(" ", subcommands))
        .append("'\n")
        .append("      local valued='")
        .append(String.join(" ", valued))
        .append("'\n")
        .append("      local questionnaire_options='")
        .append(String.join(" ", questionnaire))
        .append("'\n")
        .append("      _triage_option_value\n")
        .append("      case $opt in\n")
        .append(values)
        .append("        '') ;;\n")
        .append("        *) return 0 ;;\n")
        .append("      esac\n");
    if (positional != Kind.NONE) {
      s.append("      [[ -z $opt && $cur != -* ]] && kind=")
          .append(kind(command.name(), positional))
          .append("\n");
    }
    s.append("      ;;\n");
  }

  /**
   * A kind as the script's runtime names it: {@code file}, {@code questionnaire}, {@code answer},
   * or formats.
   */
  private static String kind(String command, Kind kind) {
    return switch (kind) {
      case FILE -> "file";
      case QUESTIONNAIRE -> "questionnaire";
      case ANSWER -> "answer";
      case FORMAT ->
          "'format "
              + String.join(
                  " ",
                  FORMATS.getOrDefault(command, List.of()).stream()
                      .map(CompletionScript::word)
                      .toList())
              + "'";
      case NONE -> "none";
    };
  }

  /**
   * A name or option as the script may hold it literally, between single quotes and in a case
   * pattern.
   */
  private static String word(String text) {
    String bare =
        text.startsWith("--") ? text.substring(2) : text.startsWith("-") ? text.substring(1) : text;
    if (!Ids.isId(bare.toLowerCase(Locale.ROOT)) && !bare.equals("__complete")) {
      throw new IllegalArgumentException("not a plain name for the completion script: " + text);
    }
    return text;
  }

  private static String fn(String name) {
    return name.replace('-', '_');
  }

  /** The functions every branch shares. */
  private static final String RUNTIME =
      """
      # The words of the line with bash's splits at '=' joined again (--format=json, -a id=choice), the current one's
      # index in cword: bash splits words at '=' (COMP_WORDBREAKS), but an option's value and an answer are one word.
      _triage_words() {
        local i w
        words=() cword=0
        for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
          w=${COMP_WORDS[i]}
          if ((i > 1)) && [[ $w == = || ${COMP_WORDS[i-1]} == = ]] && ((${#words[@]} > 1)); then
            words[${#words[@]}-1]+=$w
          else
            words+=("$w")
          fi
          ((i == COMP_CWORD)) && cword=$((${#words[@]} - 1))
        done
      }

      # The option whose value is being completed (opt), the value typed so far (value) and what stands before it in
      # the word (lead: '--format=' when it is written in one word).
      _triage_option_value() {
        if [[ $cur == -*=* ]]; then
          opt=${cur%%=*} value=${cur#*=} lead=${cur%%=*}=
        elif ((cword - 1 > at)) && [[ ${words[cword-1]} == -* && " $valued " == *" ${words[cword-1]} "* ]]; then
          opt=${words[cword-1]} value=$cur
        else
          value=$cur
        fi
      }

      # The candidates of the tool itself (the command on the line), one a line; nothing on error, never a wait.
      _triage_tool() {
        local command=${COMP_WORDS[0]}
        [[ $command == "~/"* ]] && command=$HOME/${command#"~/"}
        "$command" __complete -- "$@" </dev/null 2>/dev/null
      }

      # COMPREPLY from kind: the candidates for the whole word, less what bash will not replace (before a split '=').
      _triage_reply() {
        local c line q= i
        case $kind in
          file)
            type compopt &>/dev/null && compopt -o filenames 2>/dev/null
            while IFS= read -r line; do candidates+=("$lead$line"); done < <(compgen -f -- "$value")
            ;;
          questionnaire)
            type compopt &>/dev/null && compopt -o filenames 2>/dev/null
            while IFS= read -r line; do candidates+=("$lead$line"); done < <(_triage_tool questionnaires "$value"
              compgen -d -- "$value"; compgen -f -X '!*.y*ml' -- "$value")
            ;;
          answer)
            for ((i = at + 1; i < cword; i++)); do
              case ${words[i]} in
                *=*) [[ " $questionnaire_options " == *" ${words[i]%%=*} "* ]] && q=${words[i]#*=} ;;
                *) [[ " $questionnaire_options " == *" ${words[i]} "* ]] && ((i + 1 < cword)) && q=${words[i+1]} ;;
              esac
            done
            while IFS= read -r line; do candidates+=("$lead$line"); done < <(_triage_tool answers "$q" "$value")
            [[ ${candidates[0]} == *= ]] && type compopt &>/dev/null && compopt -o nospace 2>/dev/null
            type compopt &>/dev/null && compopt -o nosort 2>/dev/null
            ;;
          format\\ *)
            while IFS= read -r line; do candidates+=("$lead$line"); done < <(compgen -W "${kind#format }" -- "$value")
            ;;
          none) ;;
          *)
            if [[ $cur == -* ]]; then
              while IFS= read -r line; do candidates+=("$line"); done < <(compgen -W "$options" -- "$cur")
            else
              while IFS= read -r line; do candidates+=("$line"); done < <(compgen -W "$commands" -- "$cur")
            fi
            ;;
        esac
        COMPREPLY=()
        for c in "${candidates[@]}"; do
          COMPREPLY+=("${c:strip}")
        done
      }
      """;
}
