package dev.tcgen.maven;

import dev.tcgen.generator.Generator;
import dev.tcgen.generator.emit.EmitOptions;
import dev.tcgen.generator.emit.RuntimeMode;
import dev.tcgen.generator.model.Names;
import dev.tcgen.generator.spec.Diagnostics;
import dev.tcgen.generator.spec.Problem;
import dev.tcgen.generator.write.BuildStamp;
import dev.tcgen.generator.write.SourceWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * Generates typed Java bindings for Tencent Cloud API 3.0 services from tcgen specs and adds them to the
 * compile sources.
 *
 * <p>A stamp in the output directory records the generator version, this configuration and the bytes of every
 * spec read; when nothing of that changed and every generated file is still as written, the goal writes
 * nothing. Otherwise it regenerates, rewriting only files whose content changed and deleting files it
 * generated before but no longer generates. Files in the output directory that tcgen did not write are never
 * touched. A spec error fails the build with one {@code FILE:LINE:COLUMN: error: MESSAGE} line per problem
 * and leaves the previous output as it was.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /**
     * JavaPoet's first use from two threads at once can deadlock in class initialisation, and {@code -T}
     * builds run several executions of this goal in one JVM; generation takes milliseconds, so it is simply
     * serialised.
     */
    private static final Object GENERATION_LOCK = new Object();

    /**
     * The spec files to generate from: files, or directories searched (recursively) for {@code *.yaml} and
     * {@code *.yml}. One service spec per API version; several versions of one service generate side by side
     * into separate packages. When no common-error-codes spec is among them, tcgen's built-in one is used.
     */
    @Parameter(defaultValue = "${project.basedir}/src/main/tcgen")
    private List<File> specs;

    /**
     * Where the generated sources go. It is added as a compile source root, even when {@link #skip} is set.
     * tcgen keeps two bookkeeping files there: {@code .tcgen-files} (what it wrote) and {@code .tcgen-stamp}
     * (what that was generated from).
     */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/tcgen", required = true)
    private File outputDirectory;

    /**
     * The package under which the code is generated: {@code <basePackage>.core} for what all services share
     * and {@code <basePackage>.<service>.v<yyyymmdd>} for each service version. Optional: the default is the package
     * tcgen's own generated client uses.
     */
    @Parameter(defaultValue = "dev.tcgen.client")
    private String basePackage;

    /**
     * Also generates, per service, {@code <Service>Sandbox}: a local stand-in server for tests and demos that
     * checks signatures, parameters and rate limits and answers with the spec's examples. Off by default, so
     * that production builds do not carry it.
     */
    @Parameter(property = "tcgen.sandbox", defaultValue = "false")
    private boolean generateSandbox;

    /**
     * Where the sandbox goes when it should stay out of the main sources, e.g.
     * <code>${project.build.directory}/generated-test-sources/tcgen</code>: each service's {@code <Service>Sandbox} and
     * the runtime classes only it needs are written there, and the directory is added as a test compile source
     * root. Unset (the default), they go to {@link #outputDirectory} with the rest.
     */
    @Parameter(property = "tcgen.sandboxOutputDirectory")
    private File sandboxOutputDirectory;

    /**
     * Where generated code finds the runtime it runs on (signer, credentials, transport, errors):
     * {@code embedded} (the default) copies the runtime's sources into {@code <basePackage>.core}, so the build
     * needs nothing but Jackson; {@code dependency} makes the code import {@code dev.tcgen.runtime}, and the build
     * must then depend on {@code dev.tcgen:tcgen-runtime} of this plugin's version.
     */
    @Parameter(property = "tcgen.runtime", defaultValue = "embedded")
    private String runtime = RuntimeMode.EMBEDDED.option();

    /** Skips generation; the output directory is still added as a compile source root. */
    @Parameter(property = "tcgen.skip", defaultValue = "false")
    private boolean skip;

    /** The project whose compile source roots get the output directory. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The IDE's view of the build (Eclipse m2e), or a plain file system one on the command line. */
    @Inject
    private BuildContext buildContext;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        Path sandboxOutput = sandboxOutput();
        if (sandboxOutput != null) {
            project.addTestCompileSourceRoot(sandboxOutput.toString());
        }
        if (skip) {
            getLog().info("tcgen: skipped (tcgen.skip)");
            return;
        }
        List<Path> specPaths = new ArrayList<>();
        for (File spec : specs) {
            specPaths.add(spec.toPath().toAbsolutePath().normalize());
        }
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        if (buildContext.isIncremental() && !anySpecMayHaveChanged(specPaths)
                && Files.isRegularFile(output.resolve(BuildStamp.FILE))) {
            getLog().debug("tcgen: no spec changed since the last incremental build");
            return;
        }
        List<Path> specFiles = Generator.expand(specPaths, new Diagnostics());
        // Markers of an earlier failure go now: specs that are up to date are specs that generated cleanly.
        for (Path file : specFiles) {
            buildContext.removeMessages(file.toFile());
        }
        BuildStamp stamp = stamp(specPaths, specFiles);
        try {
            if (stamp.isUpToDate(output) && (sandboxOutput == null || stamp.isUpToDate(sandboxOutput))) {
                getLog().info("tcgen: up to date (" + SourceWriter.readManifest(output).size() + " files in " + output + ")");
                return;
            }
        } catch (IOException e) {
            getLog().debug("tcgen: cannot read the stamp, regenerating: " + e.getMessage());
        }
        // Checked only now, to keep the naming rules (and their regular expressions) off the up-to-date path:
        // a stamp names basePackage, and no stamp is recorded unless this check passed.
        if (!Names.isValidPackageName(basePackage)) {
            throw new MojoFailureException("tcgen: basePackage '" + basePackage + "' is not a valid Java package name");
        }
        RuntimeMode runtimeMode = runtimeMode();
        Generator.Generated generated = generate(specPaths, runtimeMode);
        SortedMap<String, String> sources = new TreeMap<>(generated.sources().orElseThrow());
        if (sandboxOutput != null) {
            sources.keySet().removeAll(generated.sandboxSources().keySet());
            write(sandboxOutput, generated.sandboxSources(), stamp);
        }
        write(output, sources, stamp);
    }

    /** Where the sandbox goes apart from the main sources; null when it goes with them (or there is none). */
    private Path sandboxOutput() throws MojoFailureException {
        if (sandboxOutputDirectory == null || !generateSandbox) {
            return null;
        }
        Path sandbox = sandboxOutputDirectory.toPath().toAbsolutePath().normalize();
        if (sandbox.equals(outputDirectory.toPath().toAbsolutePath().normalize())) {
            throw new MojoFailureException("tcgen: sandboxOutputDirectory must differ from outputDirectory"
                    + " (leave it unset to generate the sandbox with the other sources)");
        }
        return sandbox;
    }

    private RuntimeMode runtimeMode() throws MojoFailureException {
        for (RuntimeMode mode : RuntimeMode.values()) {
            if (mode.option().equals(runtime)) {
                return mode;
            }
        }
        throw new MojoFailureException("tcgen: runtime must be embedded or dependency, not '" + runtime + "'");
    }

    /**
     * On an IDE's incremental build: whether a spec changed. The IDE tracks changes only inside the project, so
     * a spec outside it (say, shared by several modules) is always looked at, which costs one stamp check.
     */
    private boolean anySpecMayHaveChanged(List<Path> specPaths) {
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        return specPaths.stream().anyMatch(spec -> !spec.startsWith(basedir) || buildContext.hasDelta(spec.toFile()));
    }

    /**
     * Everything the output depends on, taken before generation reads the specs (see {@link BuildStamp}).
     * The built-in common error codes are always covered: whether they are used is known only after parsing,
     * and covering them when unused costs at most one needless regeneration when they change.
     */
    private BuildStamp stamp(List<Path> specPaths, List<Path> specFiles) throws MojoExecutionException {
        BuildStamp.Builder stamp = BuildStamp.builder(Generator.version());
        try {
            stamp.option("generatorCode", CodeFingerprint.of(Generator.class));
        } catch (IOException e) {
            throw new MojoExecutionException("tcgen: cannot read the generator's own code: " + e.getMessage(), e);
        }
        stamp.option("basePackage", basePackage);
        stamp.option("generateSandbox", Boolean.toString(generateSandbox));
        stamp.option("runtime", runtime);
        stamp.option("sandboxOutputDirectory", sandboxOutputDirectory == null ? "" : sandboxOutputDirectory.toString());
        for (Path path : specPaths) {
            stamp.option("spec", path.toString());
        }
        for (Path file : specFiles) {
            try {
                stamp.input(file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                stamp.unreadable(file.toString());
            }
        }
        return stamp.input(Generator.BUILT_IN_COMMON_ERRORS_NAME, Generator.builtInCommonErrorsBytes()).build();
    }

    private Generator.Generated generate(List<Path> specPaths, RuntimeMode runtimeMode) throws MojoFailureException {
        synchronized (GENERATION_LOCK) {
            Generator.Generated generated = new Generator().generate(specPaths, basePackage,
                    EmitOptions.defaults().withSandbox(generateSandbox).withRuntime(runtimeMode));
            if (generated.sources().isEmpty()) {
                throw specErrors(generated.loaded().diagnostics().problems());
            }
            return generated;
        }
    }

    private MojoFailureException specErrors(List<Problem> problems) {
        // The command line's default context would only log each problem a second time; an IDE's makes markers.
        boolean markers = buildContext.getClass() != DefaultBuildContext.class;
        for (Problem problem : problems) {
            getLog().error(problem.toString());
            if (markers) {
                buildContext.addMessage(new File(problem.location().file()), problem.location().line(),
                        problem.location().column(), problem.message(), BuildContext.SEVERITY_ERROR, null);
            }
        }
        return new MojoFailureException("tcgen: " + problems.size() + " error(s) in the specs (listed above);"
                + " the generated sources were left as they were");
    }

    private void write(Path output, SortedMap<String, String> sources, BuildStamp stamp) throws MojoExecutionException {
        try {
            BuildStamp.invalidate(output);
            SourceWriter.Result result = new SourceWriter().write(output, sources);
            result.written().forEach(path -> buildContext.refresh(output.resolve(path).toFile()));
            result.deleted().forEach(path -> buildContext.refresh(output.resolve(path).toFile()));
            stamp.record(output, sources);
            getLog().info(String.format("tcgen: %d files (%d written, %d unchanged, %d removed) in %s",
                    sources.size(), result.written().size(), result.unchanged().size(), result.deleted().size(), output));
        } catch (SourceWriter.ForeignFileException e) {
            throw new MojoExecutionException("tcgen: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("tcgen: cannot write " + output + ": " + e.getMessage(), e);
        }
    }
}
