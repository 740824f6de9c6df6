package dev.tcgen.generator.cli;

import dev.tcgen.generator.Generator;
import dev.tcgen.generator.diff.DiffReport;
import dev.tcgen.generator.diff.ModelDiff;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.spec.Problem;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code diff OLD.yaml NEW.yaml [--json]}: the compatibility report; exit 1 when a change breaks clients. */
final class DiffCommand {

    private final PrintStream out;
    private final PrintStream err;

    DiffCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments arguments) throws UsageException {
        List<String> specs = arguments.positionals();
        if (specs.size() != 2) {
            throw new UsageException("diff takes two specs, OLD.yaml and NEW.yaml (got " + specs.size() + ")");
        }
        Optional<Model> older = load(specs.get(0));
        Optional<Model> newer = load(specs.get(1));
        if (older.isEmpty() || newer.isEmpty()) {
            return CommandLine.INVALID_INPUT;
        }
        DiffReport report = new DiffReport(specs.get(0), specs.get(1), ModelDiff.compare(older.get(), newer.get()));
        out.print(arguments.flag("--json") ? report.json() : report.text());
        return report.hasBreakingChanges() ? CommandLine.INVALID_INPUT : CommandLine.OK;
    }

    private Optional<Model> load(String spec) throws UsageException {
        Generator.Loaded loaded = new Generator().load(List.of(ImportCommand.path(spec, "diff")));
        if (loaded.model().isEmpty()) {
            List<Problem> problems = loaded.diagnostics().problems();
            problems.forEach(err::println);
            err.printf("tcgen: %s has %d error(s); cannot compare%n", spec, problems.size());
        }
        return loaded.model();
    }
}
