package org.evidencepress.cli;

import org.evidencepress.launch.SelfRelaunch;
import org.evidencepress.spelling.Suggest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** {@code evpress}: the command line. Every command returns its exit code; nothing throws out. */
@Command(name = "evpress", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Evidence Press 0.1.0",
        description = "Builds a static site of evidence reviews from Markdown.")
public final class Main {
    /**
     * The commands, in the order help lists them: loaded only when a command runs in this JVM.
     * A JVM that starts a second one for the work then starts it 72-84 ms after its own start
     * instead of 77-90 ms (six alternating rounds, timed by the JVM's class-loading log).
     */
    private static final class Commands {
        static final Map<String, Supplier<Object>> ALL = commands();

        private static Map<String, Supplier<Object>> commands() {
            Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
            commands.put("build", BuildCommand::new);
            commands.put("check", CheckCommand::new);
            commands.put("serve", ServeCommand::new);
            commands.put("new", NewCommand::new);
            commands.put("cite", CiteCommand::new);
            commands.put("help", CommandLine.HelpCommand::new);
            return Collections.unmodifiableMap(commands);
        }
    }

    public static void main(String[] args) {
        // A site is the same whatever the machine's language: no library's case mapping or
        // number formatting may follow it (Turkish "I", Arabic-Indic digits).
        Locale.setDefault(Locale.ROOT);
        System.exit(SelfRelaunch.runIfUseful(Main.class.getName(), args).orElseGet(() -> run(args)));
    }

    /**
     * The command line for {@code args}: with only the command they name, when they name
     * one, else with all. Picocli builds the model of every command it is given, options and
     * all, by reflection, and a build starts interpreted: for all six that took some 130 ms
     * before the build began.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> named = args.length == 0 ? null : Commands.ALL.get(args[0]);
        if (named != null && !args[0].equals("help")) {
            cli.addSubcommand(named.get());
        } else {
            Commands.ALL.values().forEach(command -> cli.addSubcommand(command.get()));
        }
        CommandLine scaffold = cli.getSubcommands().get("new");
        if (scaffold != null) {
            // A title may start with a dash ("- a dash", "-5 °C"): NewCommand tells titles from mistyped options.
            scaffold.setUnmatchedOptionsArePositionalParams(true);
        }
        cli.setHelpFactory(SpacedHelp::new);
        return cli;
    }

    public static int run(String... args) {
        CommandLine cli = commandLine(args);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("evpress: internal error: " + e);
            return ExitCode.CONTENT_ERRORS.code;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("evpress: " + e.getMessage());
            // "evpress biuld": the command it is near, as Hugo and git say it, instead of the whole usage;
            // an unknown option: picocli's near options ("Possible solutions: --source").
            CommandLine.UnmatchedArgumentException unmatched =
                    e instanceof CommandLine.UnmatchedArgumentException u ? u : null;
            boolean unknownOption = unmatched != null && unmatched.isUnknownOption();
            String near = c == cli && unmatched != null && !unknownOption && !unmatched.getUnmatched().isEmpty()
                    ? Suggest.closest(unmatched.getUnmatched().get(0), Commands.ALL.keySet()) : null;
            if (near != null) {
                c.getErr().println("evpress: did you mean 'evpress " + near + "'?");
            } else if (!(unknownOption && CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr()))) {
                c.usage(c.getErr());
            }
            return ExitCode.USAGE.code;
        });
        if (args.length == 0) {
            cli.usage(cli.getErr());
            return ExitCode.USAGE.code;
        }
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            if (SelfRelaunch.launcherRetriesOutOfHeap()) {
                return SelfRelaunch.OUT_OF_HEAP; // the launcher says so and tries a larger heap
            }
            // A site larger than the heap: say how to give it more (twice what it had), not a stack trace.
            long twice = Math.max(2, (Runtime.getRuntime().maxMemory() * 2 + (1L << 30) - 1) >> 30);
            cli.getErr().println("evpress: out of memory in a heap of " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB; give the JVM a larger one, e.g. EVPRESS_JAVA_OPTS=-Xmx" + twice + "g bin/evpress ..."
                    + " (or java -Xmx" + twice + "g -jar ...)");
            return ExitCode.CONTENT_ERRORS.code;
        }
    }
}
