package dev.tcgen.maven;

import dev.tcgen.generator.Generator;
import dev.tcgen.generator.diff.Change;
import dev.tcgen.generator.diff.DiffReport;
import dev.tcgen.generator.diff.ModelDiff;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.spec.Problem;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares two versions of a spec and reports every change as breaking or compatible for code that uses
 * the bindings generated from the old one; fails the build on a breaking change unless told not to.
 * Bound to {@code verify} by default, beside the other checks of what a build is about to release, and
 * late enough for an old spec that an earlier phase fetches (e.g. unpacked from the released artifact).
 */
@Mojo(name = "compare", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompareMojo extends AbstractMojo {

    /** The spec as released (a file, or a directory of specs). */
    @Parameter(property = "tcgen.oldSpec", required = true)
    private File oldSpec;

    /** The spec as changed. */
    @Parameter(property = "tcgen.newSpec", required = true)
    private File newSpec;

    /** Whether a breaking change fails the build; when false it is only logged as a warning. */
    @Parameter(property = "tcgen.failOnBreaking", defaultValue = "true")
    private boolean failOnBreaking;

    /** Skips the comparison (its own switch, so that skipping generation does not skip it). */
    @Parameter(property = "tcgen.compare.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("tcgen: compare skipped (tcgen.compare.skip)");
            return;
        }
        Model older = load(oldSpec);
        Model newer = load(newSpec);
        DiffReport report = new DiffReport(oldSpec.toString(), newSpec.toString(), ModelDiff.compare(older, newer));
        for (Change change : report.changes()) {
            String line = change.severity().label() + " " + change.subject() + ": " + change.message() + " [" + change.rule() + "]";
            if (change.isBreaking()) {
                getLog().warn("tcgen: " + line);
            } else {
                getLog().info("tcgen: " + line);
            }
        }
        String summary = String.format("tcgen: %d breaking, %d compatible change(s) from %s to %s",
                report.breakingCount(), report.changes().size() - report.breakingCount(), oldSpec, newSpec);
        if (report.hasBreakingChanges() && failOnBreaking) {
            throw new MojoFailureException(summary + " (set failOnBreaking to false to only report them)");
        }
        getLog().info(summary);
    }

    private Model load(File spec) throws MojoFailureException {
        Generator.Loaded loaded = new Generator().load(List.of(spec.toPath()));
        if (loaded.model().isEmpty()) {
            List<Problem> problems = loaded.diagnostics().problems();
            problems.forEach(p -> getLog().error(p.toString()));
            throw new MojoFailureException("tcgen: " + problems.size() + " error(s) in " + spec + "; cannot compare");
        }
        return loaded.model().get();
    }
}
