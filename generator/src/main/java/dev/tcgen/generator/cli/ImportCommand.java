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

/**
 * {@code import --api API.json [--examples EXAMPLES.json] [--errors ERRORS.json] [--action NAME…] --output FILE.yaml}:
 * converts Tencent's description into a spec, and lists on stderr what the spec could not express.
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
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, result.yaml(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("tcgen: cannot write " + output + ": " + e.getMessage());
            return CommandLine.INVALID_INPUT;
        }
        if (!result.notes().isEmpty()) {
            err.println("tcgen: the source says more than the spec can hold, or less than it needs (" + result.notes().size() + " notes):");
            for (String line : result.noteLines()) {
                err.println("  - " + line);
            }
        }
        out.printf("tcgen: imported %d action(s) and %d type(s) of %s %s into %s%n", result.document().actions().size(),
                result.document().types().size(), result.document().service().name(), result.document().service().version(), output);
        return CommandLine.OK;
    }

    static Path path(String value, String option) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option + " '" + value + "' is not a valid path");
        }
    }
}
