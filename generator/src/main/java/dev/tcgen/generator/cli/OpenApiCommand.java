package dev.tcgen.generator.cli;

import dev.tcgen.generator.Generator;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.openapi.OpenApiExporter;
import dev.tcgen.generator.spec.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code openapi --spec FILE --output FILE}: an OpenAPI 3 document of one service, JSON or YAML by the output's extension. */
final class OpenApiCommand {

    private final PrintStream out;
    private final PrintStream err;

    OpenApiCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments arguments) throws UsageException {
        if (!arguments.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.positionals().get(0) + "'");
        }
        Path spec = ImportCommand.path(arguments.required("--spec"), "--spec");
        Path output = ImportCommand.path(arguments.required("--output"), "--output");
        String fileName = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = fileName.endsWith(".yaml") || fileName.endsWith(".yml");
        if (!yaml && !fileName.endsWith(".json")) {
            throw new UsageException("--output must end in .json or .yaml (the format follows the extension)");
        }
        Generator.Loaded loaded = new Generator().load(List.of(spec));
        if (loaded.model().isEmpty()) {
            List<Problem> problems = loaded.diagnostics().problems();
            problems.forEach(err::println);
            err.printf("tcgen: %d error(s); nothing was written%n", problems.size());
            return CommandLine.INVALID_INPUT;
        }
        Model model = loaded.model().get();
        if (model.services().size() != 1) {
            err.println("tcgen: " + spec + " holds " + model.services().size() + " services; export one service at a time");
            return CommandLine.INVALID_INPUT;
        }
        String text = OpenApiExporter.write(new OpenApiExporter().export(model.services().get(0), model.commonErrors()), yaml);
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("tcgen: cannot write " + output + ": " + e.getMessage());
            return CommandLine.INVALID_INPUT;
        }
        out.printf("tcgen: OpenAPI %s document of %s %s written to %s%n", "3.0.3",
                model.services().get(0).name(), model.services().get(0).version(), output);
        return CommandLine.OK;
    }
}
