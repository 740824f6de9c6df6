package dev.tcgen.generator.cli;

import dev.tcgen.generator.Generator;
import dev.tcgen.generator.emit.EmitOptions;
import dev.tcgen.generator.emit.RuntimeMode;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Names;
import dev.tcgen.generator.spec.Problem;
import dev.tcgen.generator.write.SourceWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Parses a command line, runs the command, and maps the outcome to the contract's exit status. */
final class CommandLine {

    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;

    static final String DEFAULT_BASE_PACKAGE = "dev.tcgen.client";

    private static final String USAGE_TEXT = """
            Usage: java -jar tcgen.jar COMMAND [OPTIONS]

            Commands:
              generate --spec FILE|DIR [--spec ...] --output DIR [--base-package PKG]
                       [--runtime embedded|dependency] [--sandbox [--sandbox-output DIR]]
                       Validate the specs and write Java sources under DIR (default package %s).
                       --runtime embedded (default) copies the runtime into PKG.core; dependency
                       makes the sources import dev.tcgen.runtime from dev.tcgen:tcgen-runtime instead.
                       --sandbox also writes each service's local stand-in server, <Service>Sandbox;
                       --sandbox-output puts it (and the runtime it alone needs) under its own DIR,
                       e.g. a test source root.
              check    --spec FILE|DIR [--spec ...]
                       Validate the specs only.
              import   --api API.json [--examples EXAMPLES.json] [--errors ERRORS.json] [--action NAME ...] --output FILE.yaml
                       [--notes FILE]
                       Convert Tencent's api.json (all actions, or those named) into a spec. --errors takes
                       Tencent's error-code list, whole or one product's, and keeps the service version's own
                       codes. What the spec cannot hold is summarised on stderr, a line per kind; --notes
                       writes every note to FILE, one per line.
              diff     OLD.yaml NEW.yaml [--json]
                       Report the changes between two specs; exit 1 when one breaks clients.
              openapi  --spec FILE|DIR --output FILE.json|FILE.yaml
                       Export the spec as an OpenAPI 3 document.
              help     Show this text.

            Exit status: 0 success; 1 the input is invalid (diff: a breaking change); 2 usage error.
            Spec errors are printed one per line as FILE:LINE:COLUMN: error: MESSAGE.
            """.formatted(DEFAULT_BASE_PACKAGE);

    private final PrintStream out;
    private final PrintStream err;

    CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (command) {
                case "generate" -> generate(Arguments.parse(command, rest, Set.of("--spec", "--output", "--base-package", "--runtime", "--sandbox-output"), Set.of("--help", "--sandbox")));
                case "check" -> check(Arguments.parse(command, rest, Set.of("--spec"), Set.of("--help")));
                case "import" -> new ImportCommand(out, err).run(Arguments.parse(command, rest,
                        Set.of("--api", "--examples", "--errors", "--action", "--output", "--notes"), Set.of()));
                case "diff" -> new DiffCommand(out, err).run(Arguments.parse(command, rest, Set.of(), Set.of("--json")));
                case "openapi" -> new OpenApiCommand(out, err).run(Arguments.parse(command, rest, Set.of("--spec", "--output"), Set.of()));
                case "help", "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("tcgen: " + e.getMessage());
            err.println("Run 'java -jar tcgen.jar help' for usage.");
            return USAGE;
        }
    }

    private int generate(Arguments arguments) throws UsageException {
        if (arguments.flag("--help")) {
            out.print(USAGE_TEXT);
            return OK;
        }
        noPositionals(arguments);
        List<Path> specs = specs(arguments);
        Path output = path(arguments.required("--output"), "--output");
        String basePackage = arguments.single("--base-package");
        if (basePackage == null) {
            basePackage = DEFAULT_BASE_PACKAGE;
        } else if (!Names.isValidPackageName(basePackage)) {
            throw new UsageException("--base-package '" + basePackage + "' is not a valid Java package name (e.g. com.example.tencent)");
        }
        RuntimeMode runtime = runtime(arguments.single("--runtime"));
        boolean sandbox = arguments.flag("--sandbox");
        String sandboxOutputText = arguments.single("--sandbox-output");
        if (sandboxOutputText != null && !sandbox) {
            throw new UsageException("--sandbox-output needs --sandbox");
        }
        Path sandboxOutput = sandboxOutputText == null ? null : path(sandboxOutputText, "--sandbox-output");
        if (sandboxOutput != null && sandboxOutput.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new UsageException("--sandbox-output must differ from --output (leave it out to write the sandbox there)");
        }
        Generator.Generated generated = new Generator().generate(specs, basePackage,
                EmitOptions.defaults().withSandbox(sandbox).withRuntime(runtime));
        Generator.Loaded loaded = generated.loaded();
        if (generated.sources().isEmpty()) {
            return reportProblems(loaded);
        }
        Model model = loaded.model().orElseThrow();
        SortedMap<String, String> sources = new TreeMap<>(generated.sources().get());
        if (sandboxOutput != null) {
            sources.keySet().removeAll(generated.sandboxSources().keySet());
            if (write(sandboxOutput, generated.sandboxSources(), model) != OK) {
                return INVALID_INPUT;
            }
        }
        return write(output, sources, model);
    }

    private int write(Path output, SortedMap<String, String> sources, Model model) {
        try {
            SourceWriter.Result result = new SourceWriter().write(output, sources);
            out.printf("tcgen: %d files for %d service(s) in %s (%d written, %d unchanged, %d removed)%n",
                    sources.size(), model.services().size(), output, result.written().size(),
                    result.unchanged().size(), result.deleted().size());
            return OK;
        } catch (IOException | IllegalArgumentException e) {
            err.println("tcgen: cannot write to " + output + ": " + e.getMessage());
            return INVALID_INPUT;
        }
    }

    private static RuntimeMode runtime(String value) throws UsageException {
        if (value == null) {
            return RuntimeMode.EMBEDDED;
        }
        for (RuntimeMode mode : RuntimeMode.values()) {
            if (mode.option().equals(value)) {
                return mode;
            }
        }
        throw new UsageException("--runtime must be embedded or dependency, not '" + value + "'");
    }

    private int check(Arguments arguments) throws UsageException {
        if (arguments.flag("--help")) {
            out.print(USAGE_TEXT);
            return OK;
        }
        noPositionals(arguments);
        Generator.Loaded loaded = new Generator().load(specs(arguments));
        if (loaded.model().isEmpty()) {
            return reportProblems(loaded);
        }
        Model model = loaded.model().get();
        int actions = model.services().stream().mapToInt(s -> s.actions().size()).sum();
        out.printf("tcgen: %d spec file(s) valid: %d service(s), %d action(s)%n",
                loaded.files().size(), model.services().size(), actions);
        return OK;
    }

    private int reportProblems(Generator.Loaded loaded) {
        List<Problem> problems = loaded.diagnostics().problems();
        for (Problem problem : problems) {
            err.println(problem);
        }
        err.printf("tcgen: %d error(s); nothing was written%n", problems.size());
        return INVALID_INPUT;
    }

    private static List<Path> specs(Arguments arguments) throws UsageException {
        List<String> values = arguments.all("--spec");
        if (values.isEmpty()) {
            throw new UsageException("missing --spec FILE (a spec file or a directory of them)");
        }
        List<Path> paths = new ArrayList<>();
        for (String value : values) {
            paths.add(path(value, "--spec"));
        }
        return paths;
    }

    private static Path path(String value, String option) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option + " '" + value + "' is not a valid path");
        }
    }

    private static void noPositionals(Arguments arguments) throws UsageException {
        if (!arguments.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.positionals().get(0) + "'");
        }
    }
}
