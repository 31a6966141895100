package org.evidencepress.cli;

import org.evidencepress.launch.SelfRelaunch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evpress}: the command line. Every command returns its exit code; nothing throws out. */
@Command(name = "evpress", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Evidence Press 0.1.0",
        description = "Builds a static site of evidence reviews from Markdown.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, CiteCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(SelfRelaunch.runIfUseful(Main.class.getName(), args).orElseGet(() -> run(args)));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("evpress: internal error: " + e);
            return ExitCode.CONTENT_ERRORS.code;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("evpress: " + e.getMessage());
            c.usage(c.getErr());
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
            // A site larger than the heap: say how to give it more, not a stack trace.
            cli.getErr().println("evpress: out of memory; give the JVM a larger heap, e.g."
                    + " EVPRESS_JAVA_OPTS=-Xmx2g bin/evpress ... (or java -Xmx2g -jar ...)");
            return ExitCode.CONTENT_ERRORS.code;
        }
    }
}
