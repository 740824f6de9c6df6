package dev.tcgen.generator.cli;

import dev.tcgen.generator.tencent.ImportException;
import dev.tcgen.generator.tencent.ImportResult;
import dev.tcgen.generator.tencent.TencentImporter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code import --api API.json [--examples EXAMPLES.json] [--errors ERRORS.json] [--action NAME…] --output FILE.yaml
 * [--notes FILE]}: converts Tencent's description into a spec, and summarises on stderr, a line per kind, what the
 * spec could not express; {@code --notes} writes every note to a file, one per line.
 */
final class ImportCommand {

    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments arguments) throws UsageException {
        if (!arguments.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.positionals().get(0) + "'");
        }
        Path api = path(arguments.required("--api"), "--api");
        String examples = arguments.single("--examples");
        String errors = arguments.single("--errors");
        Path output = path(arguments.required("--output"), "--output");
        String notesOption = arguments.single("--notes");
        Path notesFile = notesOption == null ? null : path(notesOption, "--notes");
        ImportResult result;
        try {
            TencentImporter.Sources sources = TencentImporter.read(api,
                    examples == null ? null : path(examples, "--examples"), errors == null ? null : path(errors, "--errors"));
            result = new TencentImporter().importSpec(sources, arguments.all("--action"));
        } catch (ImportException e) {
            err.println("tcgen: cannot import: " + e.getMessage());
            return CommandLine.INVALID_INPUT;
        }
        try {
            write(output, result.yaml());
        } catch (IOException e) {
            err.println("tcgen: cannot write " + output + ": " + e.getMessage());
            return CommandLine.INVALID_INPUT;
        }
        if (notesFile != null) {
            try {
                write(notesFile, result.notes().stream().map(note -> note.line() + "\n").collect(Collectors.joining()));
            } catch (IOException e) {
                err.println("tcgen: cannot write the notes to " + notesFile + ": " + e.getMessage());
                return CommandLine.INVALID_INPUT;
            }
        }
        if (!result.notes().isEmpty()) {
            List<String> kinds = result.summaryLines();
            err.println("tcgen: " + result.notes().size() + " note(s) of " + kinds.size() + " kind(s) on what the spec cannot hold"
                    + " or the source does not say; " + (notesFile == null ? "--notes FILE lists them all"
                            : "all of them are in " + notesFile) + ":");
            for (String line : kinds) {
                err.println("  - " + line);
            }
        }
        out.printf("tcgen: imported %d action(s), %d type(s) and %d error code(s) of %s %s into %s%n",
                result.document().actions().size(), result.document().types().size(), result.document().errors().size(),
                result.document().service().name(), result.document().service().version(), output);
        return CommandLine.OK;
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Path path(String value, String option) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option + " '" + value + "' is not a valid path");
        }
    }
}
