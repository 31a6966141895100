package org.evidencepress.cli;

import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.serve.ServeSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

@Command(name = "serve", description = "Serves the site for preview, rebuilding and reloading on every change.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind = "127.0.0.1";

    @Option(names = {"-q", "--quiet"}, description = "Print only problems: no address line, no summary per rebuild.")
    boolean quiet;

    /** A build with errors changes no page on show (the last good ones stay), as build writes none. */
    private static String action(BuildReport report, boolean rebuild) {
        return (report.failed() ? "not " : "") + (rebuild ? "rebuilt" : "built");
    }

    @Override
    public Integer call() throws InterruptedException {
        Path site = options.sourceDir();
        if (site == null) {
            return ExitCode.USAGE.code;
        }
        if (port < 0 || port > 65535) {
            System.err.println("evpress: --port must be between 0 and 65535");
            return ExitCode.USAGE.code;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            System.err.println("evpress: cannot resolve --bind address " + bind);
            return ExitCode.USAGE.code;
        }
        if (!address.isLoopbackAddress()) {
            System.err.println("evpress: warning: listening on " + bind
                    + ", so other machines can reach this preview, drafts included");
        }
        ServeSession session;
        AtomicBoolean built = new AtomicBoolean();
        try {
            session = ServeSession.start(new ServeSession.Options(site, bind, port, options.drafts, options.future,
                            SiteOptions.today()),
                    // A fresh reporter per build: it caches source lines, which change between builds.
                    report -> Reporter.onConsole(Reporter.Format.text, site).quiet(quiet)
                            .report(report, action(report, built.getAndSet(true))));
        } catch (BindException e) {
            // "Address already in use" alone leaves the author to find the option that gets round it.
            System.err.println("evpress: cannot serve on " + bind + ":" + port + ": "
                    + (port == 0 ? e.getMessage() : "port " + port + " is in use, perhaps by another serve;"
                    + " stop that, or pass --port " + (port == 65535 ? port - 1 : port + 1)
                    + " (or --port 0 for any free port)"));
            return ExitCode.USAGE.code;
        } catch (IOException e) {
            System.err.println("evpress: cannot serve on " + bind + ":" + port + ": " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(session::close, "evpress-stop"));
        if (!quiet) {
            System.out.println("serving " + site + " at " + session.url() + "/ ("
                    + (ServeSession.isWildcard(bind) ? "bind address " + bind + "; " : "") + "Ctrl-C to stop)");
        }
        session.awaitClose();
        return ExitCode.OK.code;
    }
}
