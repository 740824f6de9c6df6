package dev.tcgen.maven;

import dev.tcgen.generator.Generator;
import dev.tcgen.generator.model.Names;
import dev.tcgen.generator.spec.Problem;
import dev.tcgen.generator.write.SourceWriter;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.SortedMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Generates Java bindings from tcgen specs and adds them to the compile sources. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** Spec files, or directories searched for {@code *.yaml} and {@code *.yml}. */
    @Parameter(defaultValue = "${project.basedir}/src/main/tcgen")
    private List<File> specs;

    /** Where the generated sources go; added as a compile source root. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/tcgen", required = true)
    private File outputDirectory;

    /** The package under which {@code core} and {@code <service>.v<version>} are generated. */
    @Parameter(defaultValue = "dev.tcgen.client", required = true)
    private String basePackage;

    /** Skips generation (the output directory is still added as a source root). */
    @Parameter(property = "tcgen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        if (skip) {
            getLog().info("tcgen: skipped (tcgen.skip)");
            return;
        }
        if (!Names.isValidPackageName(basePackage)) {
            throw new MojoFailureException("tcgen: basePackage '" + basePackage + "' is not a valid Java package name");
        }
        Generator generator = new Generator();
        Generator.Loaded loaded = generator.load(specs.stream().map(File::toPath).toList());
        if (loaded.model().isEmpty()) {
            List<Problem> problems = loaded.diagnostics().problems();
            problems.forEach(p -> getLog().error(p.toString()));
            throw new MojoFailureException("tcgen: " + problems.size() + " error(s) in the specs; nothing was written");
        }
        SortedMap<String, String> sources = generator.render(loaded.model().get(), basePackage);
        try {
            SourceWriter.Result result = new SourceWriter().write(outputDirectory.toPath(), sources);
            getLog().info(String.format("tcgen: %d files (%d written, %d unchanged, %d removed) in %s",
                    sources.size(), result.written().size(), result.unchanged().size(), result.deleted().size(), outputDirectory));
        } catch (IOException e) {
            throw new MojoExecutionException("tcgen: cannot write " + outputDirectory + ": " + e.getMessage(), e);
        }
    }
}
