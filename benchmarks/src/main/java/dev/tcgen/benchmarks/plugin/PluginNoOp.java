package dev.tcgen.benchmarks.plugin;

import dev.tcgen.maven.GenerateMojo;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * The plugin's {@code generate} goal timed in-process, as Maven runs it on the command line (plain build
 * context), on a fresh JVM per mode, like a {@code mvn} run (whose own JVM is warm but loads the plugin anew).
 * Before the timed execution the fresh JVM does what Maven's start-up always does before any plugin runs (see
 * {@link #useTheJdkAsMavenStartUpDoes}), so that the JVM's own first-use costs are not counted as the plugin's.
 *
 * <p>Usage: {@code PluginNoOp SPEC WORK_DIR full|noop|pairs [PAIRS]}: {@code full} empties the output and
 * runs once; {@code noop} runs once on the output a previous run left; {@code pairs} alternates a full and an
 * up-to-date run PAIRS times in one JVM (warm figures). Prints {@code full|noop MILLIS} per execution.
 */
public final class PluginNoOp {

    private PluginNoOp() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PluginNoOp SPEC WORK_DIR full|noop|pairs [PAIRS]");
            System.exit(2);
        }
        Path spec = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        Path output = work.resolve("target/generated-sources/tcgen");
        Files.createDirectories(work);
        MavenProject project = new MavenProject();
        project.setFile(work.resolve("pom.xml").toFile());
        useTheJdkAsMavenStartUpDoes(work);
        switch (args[2]) {
            case "full" -> {
                deleteTree(output);
                System.out.printf("full %.1f%n", run(spec, output, project));
            }
            case "noop" -> System.out.printf("noop %.1f%n", run(spec, output, project));
            case "pairs" -> {
                for (int i = 0; i < Integer.parseInt(args[3]); i++) {
                    deleteTree(output);
                    System.out.printf("full %.1f%n", run(spec, output, project));
                    System.out.printf("noop %.1f%n", run(spec, output, project));
                }
            }
            default -> throw new IllegalArgumentException("mode full, noop or pairs, not " + args[2]);
        }
    }

    /**
     * Uses the JDK facilities whose first use costs a fresh JVM tens of milliseconds (lambda and string
     * concatenation bootstrap, streams, regular expressions, formatting, reading files and jar resources) and
     * that a {@code mvn} JVM has always used before any plugin runs: {@code -Xlog:class+load} of {@code mvn}
     * 3.8.7 on this project shows each of them loaded within Maven's first 2.5 seconds, before the first module
     * is built. Nothing of tcgen is touched, nor anything Maven had not used before the plugin (e.g.
     * {@code MessageDigest}, {@code CRC32C}), so the plugin's own class loading and first runs stay timed.
     */
    static String useTheJdkAsMavenStartUpDoes(Path work) throws IOException {
        Path file = Files.writeString(work.resolve("warm-up.txt"), "a=1\nb=2\n");
        List<String> lines = Files.readAllLines(file);
        long matches = lines.stream().map(String::trim).filter(line -> line.matches("[a-z]+=\\d+")).count();
        String text = "read " + matches + " of " + Files.readAllBytes(file).length + " bytes";
        try (var in = AbstractMojo.class.getResourceAsStream("/META-INF/maven/org.apache.maven/maven-plugin-api/pom.properties")) {
            return String.format("%s and %d", text, in == null ? 0 : in.readAllBytes().length);
        }
    }

    private static double run(Path spec, Path output, MavenProject project) throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        set(mojo, "specs", List.of(spec.toFile()));
        set(mojo, "outputDirectory", output.toFile());
        set(mojo, "basePackage", "dev.tcgen.client");
        set(mojo, "project", project);
        set(mojo, "buildContext", new DefaultBuildContext());
        mojo.setLog(new QuietLog());
        long start = System.nanoTime();
        mojo.execute();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = GenerateMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }

    /** Maven's console log without the info lines, so the timings stay readable. */
    private static final class QuietLog extends SystemStreamLog {
        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public void info(CharSequence content) {
            // timed runs print only their timings
        }
    }
}
