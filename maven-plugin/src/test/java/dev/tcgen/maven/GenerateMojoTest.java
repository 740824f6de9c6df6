package dev.tcgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.write.BuildStamp;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/** The goal's own decisions, with the build context an IDE would give it; real builds are in src/it. */
class GenerateMojoTest {

    private static final String SPEC = """
            tcgen: 1
            service:
              name: demo
              version: "2024-01-02"
              host: demo.tencentcloudapi.com
              title: Demo
            actions:
              Ping:
                title: Ping
                description: Answers.
                regionRequired: false
                request:
                  Word:
                    type: string
                    description: A word
                response:
                  RequestId:
                    type: string
                    description: The request ID
            """;

    /** What m2e's context does, reduced to what the goal asks of it. */
    static final class IdeBuildContext extends DefaultBuildContext {
        boolean incremental;
        final List<File> changed = new ArrayList<>();
        final List<File> refreshed = new ArrayList<>();
        final List<String> markers = new ArrayList<>();

        @Override
        public boolean isIncremental() {
            return incremental;
        }

        @Override
        public boolean hasDelta(File file) {
            return changed.stream().anyMatch(c -> c.toPath().startsWith(file.toPath()));
        }

        @Override
        public void refresh(File file) {
            refreshed.add(file);
        }

        @Override
        public void addMessage(File file, int line, int column, String message, int severity, Throwable cause) {
            markers.add(file.getName() + ":" + line + ":" + column + " " + severity + " " + message);
        }

        @Override
        public void removeMessages(File file) {
            markers.removeIf(marker -> marker.startsWith(file.getName() + ":"));
        }
    }

    @TempDir
    Path basedir;

    private final IdeBuildContext ide = new IdeBuildContext();
    private final MavenProject project = new MavenProject();
    private Path spec;
    private Path output;
    private RecordingLog log;
    private String basePackage = "it.demo";

    @BeforeEach
    void project() throws IOException {
        project.setFile(basedir.resolve("pom.xml").toFile());
        spec = basedir.resolve("src/main/tcgen/demo.yaml");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, SPEC);
        output = basedir.resolve("target/generated-sources/tcgen");
    }

    /** Fields to set on the next goal run besides the usual ones, by name. */
    private final java.util.Map<String, Object> extra = new java.util.HashMap<>();

    private RecordingLog run(List<File> specs) throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        set(mojo, "runtime", "embedded"); // the default Maven injects; set by hand like the other parameters
        for (var field : extra.entrySet()) {
            set(mojo, field.getKey(), field.getValue());
        }
        set(mojo, "specs", specs);
        set(mojo, "outputDirectory", output.toFile());
        set(mojo, "basePackage", basePackage);
        set(mojo, "project", project);
        set(mojo, "buildContext", ide);
        log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        return log;
    }

    private RecordingLog run() throws Exception {
        return run(List.of(basedir.resolve("src/main/tcgen").toFile()));
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = GenerateMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    @Test
    void generatesRefreshesWhatItWroteAndThenIsUpToDate() throws Exception {
        RecordingLog first = run();

        Path request = output.resolve("it/demo/demo/v20240102/PingRequest.java");
        assertTrue(Files.isRegularFile(request));
        assertTrue(ide.refreshed.contains(request.toFile()));
        assertTrue(first.lines.stream().anyMatch(l -> l.matches("INFO tcgen: \\d+ files \\(\\d+ written, 0 unchanged, 0 removed\\) in .*")));
        assertEquals(List.of(output.toString()), project.getCompileSourceRoots());

        ide.refreshed.clear();
        RecordingLog second = run();

        assertEquals(1, second.lines.size(), second.lines.toString());
        assertTrue(second.lines.get(0).startsWith("INFO tcgen: up to date ("));
        assertEquals(List.of(), ide.refreshed);
    }

    @Test
    void aGeneratedFileEditedOrDeletedByHandIsRegenerated() throws Exception {
        run();
        Path request = output.resolve("it/demo/demo/v20240102/PingRequest.java");
        Path response = output.resolve("it/demo/demo/v20240102/PingResponse.java");
        String original = Files.readString(request);
        FileTime modified = Files.getLastModifiedTime(request);
        Files.writeString(request, original.replaceFirst("public", "pubLic"));
        Files.setLastModifiedTime(request, modified);
        Files.delete(response);

        RecordingLog again = run();

        assertEquals(original, Files.readString(request));
        assertTrue(Files.isRegularFile(response));
        assertTrue(again.lines.stream().anyMatch(l -> l.matches("INFO tcgen: \\d+ files \\(2 written, \\d+ unchanged, 0 removed\\) in .*")),
                again.lines.toString());
    }

    @Test
    void anInvalidBasePackageFailsEvenAfterAnUpToDateBuild() throws Exception {
        run();
        basePackage = "it.demo.class";

        MojoFailureException failure = assertThrows(MojoFailureException.class, this::run);

        assertEquals("tcgen: basePackage 'it.demo.class' is not a valid Java package name", failure.getMessage());
    }

    @Test
    void anIncrementalBuildWithoutASpecChangeDoesNotLookAtTheSpecs() throws Exception {
        run();
        Files.writeString(spec, SPEC.replace("A word", "Another word"));
        ide.incremental = true;

        assertEquals(List.of(), run().lines);
        assertFalse(Files.readString(output.resolve("it/demo/demo/v20240102/PingRequest.java")).contains("Another word"));
        assertEquals(List.of(output.toString()), project.getCompileSourceRoots());
    }

    @Test
    void anIncrementalBuildWithASpecChangeRegenerates() throws Exception {
        run();
        Files.writeString(spec, SPEC.replace("A word", "Another word"));
        ide.incremental = true;
        ide.changed.add(spec.toFile());

        run();

        assertTrue(Files.readString(output.resolve("it/demo/demo/v20240102/PingRequest.java")).contains("Another word"));
    }

    @Test
    void aSpecOutsideTheProjectIsLookedAtOnEveryIncrementalBuild() throws Exception {
        Path shared = Files.createTempDirectory(basedir.getParent(), "shared-specs");
        Path outside = Files.writeString(shared.resolve("demo.yaml"), SPEC);
        run(List.of(outside.toFile()));
        Files.writeString(outside, SPEC.replace("A word", "Another word"));
        ide.incremental = true;

        run(List.of(outside.toFile()));

        assertTrue(Files.readString(output.resolve("it/demo/demo/v20240102/PingRequest.java")).contains("Another word"));
    }

    @Test
    void aSpecErrorBecomesALocatedLogLineAndAnIdeMarker() throws Exception {
        run();
        String stampBefore = Files.readString(output.resolve(BuildStamp.FILE));
        Files.writeString(spec, SPEC.replace("regionRequired", "regionRequird"));

        MojoFailureException failure = assertThrows(MojoFailureException.class, this::run);

        assertTrue(failure.getMessage().startsWith("tcgen: 2 error(s) in the specs"), failure.getMessage());
        assertEquals(List.of(
                "ERROR " + spec + ":9:5: error: action 'Ping' is missing the required key 'regionRequired' (true or false)",
                "ERROR " + spec + ":11:5: error: unknown key 'regionRequird' in action 'Ping'; did you mean 'regionRequired'?"),
                log.lines);
        assertEquals(2, ide.markers.size(), ide.markers.toString());
        assertTrue(ide.markers.contains("demo.yaml:11:5 " + DefaultBuildContext.SEVERITY_ERROR
                + " unknown key 'regionRequird' in action 'Ping'; did you mean 'regionRequired'?"), ide.markers.toString());
        assertEquals(stampBefore, Files.readString(output.resolve(BuildStamp.FILE)));

        Files.writeString(spec, SPEC);
        run();
        assertEquals(List.of(), ide.markers);
    }

    @Test
    void skipStillAddsTheSourceRoot() throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        set(mojo, "specs", List.of(basedir.resolve("nothing-here").toFile()));
        set(mojo, "outputDirectory", output.toFile());
        set(mojo, "basePackage", "it.demo");
        set(mojo, "project", project);
        set(mojo, "buildContext", ide);
        set(mojo, "skip", true);
        mojo.setLog(new RecordingLog());

        mojo.execute();

        assertEquals(List.of(output.toString()), project.getCompileSourceRoots());
        assertFalse(Files.exists(output));
    }

    @Test
    void anUnknownRuntimeIsRefusedByName() {
        extra.put("runtime", "shaded");
        MojoFailureException e = assertThrows(MojoFailureException.class, this::run);
        assertEquals("tcgen: runtime must be embedded or dependency, not 'shaded'", e.getMessage());
        assertFalse(Files.exists(output.resolve("it")), "nothing generated");
    }

    @Test
    void withTheRuntimeAsADependencyNoCoreIsWritten() throws Exception {
        extra.put("runtime", "dependency");
        run();
        assertTrue(Files.isRegularFile(output.resolve("it/demo/demo/v20240102/DemoClient.java")));
        assertFalse(Files.exists(output.resolve("it/demo/core")));
        assertTrue(Files.readString(output.resolve(BuildStamp.FILE)).contains("option runtime = dependency"));
    }

    @Test
    void theSandboxGoesToItsOwnTestSourceRoot() throws Exception {
        Path sandbox = basedir.resolve("target/generated-test-sources/tcgen");
        extra.put("generateSandbox", true);
        extra.put("sandboxOutputDirectory", sandbox.toFile());
        run();
        assertTrue(Files.isRegularFile(sandbox.resolve("it/demo/demo/v20240102/DemoSandbox.java")));
        assertTrue(Files.isRegularFile(sandbox.resolve("it/demo/core/internal/SandboxServer.java")));
        assertFalse(Files.exists(output.resolve("it/demo/demo/v20240102/DemoSandbox.java")));
        assertFalse(Files.exists(output.resolve("it/demo/core/internal/SandboxServer.java")));
        assertTrue(Files.isRegularFile(output.resolve("it/demo/core/internal/Invoker.java")));
        assertEquals(List.of(sandbox.toString()), project.getTestCompileSourceRoots());

        run();
        assertTrue(log.lines.stream().anyMatch(line -> line.startsWith("INFO tcgen: up to date")), log.lines::toString);
        Files.delete(sandbox.resolve("it/demo/demo/v20240102/DemoSandbox.java"));
        run();
        assertTrue(Files.isRegularFile(sandbox.resolve("it/demo/demo/v20240102/DemoSandbox.java")),
                "a sandbox file deleted by hand is noticed and written again");
    }

    @Test
    void theSandboxDirectoryMustDifferFromTheOutput() {
        extra.put("generateSandbox", true);
        extra.put("sandboxOutputDirectory", output.toFile());
        MojoFailureException e = assertThrows(MojoFailureException.class, this::run);
        assertTrue(e.getMessage().contains("sandboxOutputDirectory must differ from outputDirectory"), e.getMessage());
    }
}
