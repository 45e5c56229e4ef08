package org.microcred.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code microcred} command: a thin layer over the SDK.
 *
 * <p>Exit codes: 0 success (for {@code verify}: every input valid), 1 the job ran and something
 * is invalid, 2 usage or I/O error.
 */
@Command(
        name = "microcred",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Issue, verify and explore micro-credentials (Open Badges 3.0, CLR 2.0).",
        subcommands = {TourCommand.class, KeysCommand.class, IssueCommand.class, VerifyCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the job ran and found something invalid. */
    public static final int INVALID = 1;
    /** Exit code: usage or I/O error. */
    public static final int USAGE = 2;

    private Main() {
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given output streams; used by tests.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("microcred: " + e.getMessage());
            return USAGE;
        });
        return cl.execute(args);
    }

    /** Reports the SDK version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"microcred " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
