package dev.tcgen.generator.cli;

import java.io.PrintStream;

/** {@code java -jar tcgen.jar COMMAND ...}; exit 0 success, 1 invalid input, 2 usage error. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(new CommandLine(System.out, System.err).run(args));
    }

    /** For tests and embedding: runs a command and returns its exit status instead of exiting. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return new CommandLine(out, err).run(args);
    }
}
