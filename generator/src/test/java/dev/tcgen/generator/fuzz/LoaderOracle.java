package dev.tcgen.generator.fuzz;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.cli.Main;
import dev.tcgen.generator.spec.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import net.jqwik.api.statistics.Statistics;

/**
 * What must hold for any input, however broken: the loader either yields a model that renders, or located
 * problems that each print as one {@code FILE:LINE:COLUMN: error: MESSAGE} line; nothing else escapes, no
 * case hangs, and the command line writes nothing for an invalid spec.
 */
final class LoaderOracle {

    /** The contract's problem line; {@code .} matches no line terminator, so a problem is exactly one line. */
    static final Pattern PROBLEM_LINE = Pattern.compile("^.+:\\d+:\\d+: error: .+$");

    /** Far above any real case (milliseconds); only a hang or an exponential blow-up gets near it. */
    static final Duration HANG_GUARD = Duration.ofSeconds(30);

    /** A problem quotes the spec, but a quoted megabyte helps nobody: lines stay readable. */
    static final int MAX_LINE = 2000;

    static final String BASE_PACKAGE = "fuzz.out";

    private LoaderOracle() {}

    /** {@link #check} inside a jqwik property, counting outcomes for the property's statistics. */
    static Optional<SortedMap<String, String>> load(byte[] bytes) {
        Outcome outcome = check(bytes);
        if (outcome.sources().isPresent()) {
            Statistics.label("outcome").collect("generated");
        } else {
            Statistics.label("outcome").collect("located problems");
            Statistics.label("first problem").collect(kind(outcome.problems().get(0).message()));
        }
        return outcome.sources();
    }

    /** Loads {@code bytes} as a spec file and checks the outcome: rendered sources, or located problems. */
    static Outcome check(byte[] bytes) {
        Outcome outcome = inTempDirectory(dir -> {
            Path spec = dir.resolve("spec.yaml");
            Files.write(spec, bytes);
            return assertTimeoutPreemptively(HANG_GUARD, () -> {
                Generator generator = new Generator();
                Generator.Loaded loaded = generator.load(List.of(spec));
                if (loaded.model().isPresent()) {
                    assertFalse(loaded.diagnostics().hasErrors(), "a model despite problems");
                    return new Outcome(Optional.of(generator.render(loaded.model().get(), BASE_PACKAGE)), List.of());
                }
                return new Outcome(Optional.empty(), loaded.diagnostics().problems());
            });
        });
        if (outcome.sources().isPresent()) {
            assertFalse(outcome.sources().get().isEmpty(), "a valid spec renders no sources");
        } else {
            assertFalse(outcome.problems().isEmpty(), "no model and no problem");
            for (Problem problem : outcome.problems()) {
                assertProblemLine(problem.toString());
            }
        }
        return outcome;
    }

    record Outcome(Optional<SortedMap<String, String>> sources, List<Problem> problems) {}

    /**
     * Runs {@code tcgen generate} on {@code bytes}: exit 0 with files written, or exit 1 with only problem
     * lines (and the summary) on stderr and the output directory left absent.
     */
    static void generate(byte[] bytes) {
        inTempDirectory(dir -> {
            Path spec = dir.resolve("spec.yaml");
            Path output = dir.resolve("out");
            Files.write(spec, bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = assertTimeoutPreemptively(HANG_GUARD, () -> Main.run(
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    "generate", "--spec", spec.toString(), "--output", output.toString()));
            String stderr = err.toString(StandardCharsets.UTF_8);
            if (exit == 0) {
                assertEquals("", stderr);
                assertTrue(Files.isRegularFile(output.resolve(".tcgen-files")), "exit 0 but no manifest");
            } else {
                assertEquals(1, exit, "exit status for an invalid spec; stderr: " + stderr);
                assertFalse(Files.exists(output), "output written for an invalid spec: " + list(output));
                List<String> lines = stderr.lines().toList();
                assertFalse(lines.isEmpty());
                for (String line : lines.subList(0, lines.size() - 1)) {
                    assertProblemLine(line);
                }
                assertEquals("tcgen: " + (lines.size() - 1) + " error(s); nothing was written", lines.get(lines.size() - 1));
            }
            assertTrue(Files.list(dir).allMatch(p -> p.equals(spec) || p.equals(output)), "wrote beside the output: " + list(dir));
            return null;
        });
    }

    /** The first words of a message, so that statistics show which checks the fuzzer reaches. */
    private static String kind(String message) {
        String[] words = message.replaceAll("'[^']*'", "'…'").split(" ");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(4, words.length)));
    }

    static void assertProblemLine(String line) {
        if (!PROBLEM_LINE.matcher(line).matches()) {
            fail("not one located problem line: " + Mutation.abbreviate(line.replace("\n", "⏎")));
        }
        if (line.length() > MAX_LINE) {
            fail("a problem line of " + line.length() + " characters: " + Mutation.abbreviate(line));
        }
        if (line.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            fail("control character in a problem line: " + Mutation.abbreviate(line.replaceAll("\\p{Cc}", "�")));
        }
    }

    /** Compiles several renderings together with -Xlint:all -Werror; each needs its own base package. */
    static void compileWithoutWarnings(List<SortedMap<String, String>> renderings) {
        List<JavaFileObject> files = new ArrayList<>();
        for (SortedMap<String, String> sources : renderings) {
            sources.forEach((path, text) -> files.add(JavaFileObjects.forSourceString(
                    path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
        }
        Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(files);
        assertThat(compilation).succeededWithoutWarnings();
    }

    /** Renders the model of a valid spec under another base package, to compile several specs at once. */
    static SortedMap<String, String> renderAgain(byte[] bytes, String basePackage) {
        return inTempDirectory(dir -> {
            Path spec = dir.resolve("spec.yaml");
            Files.write(spec, bytes);
            Generator generator = new Generator();
            return generator.render(generator.load(List.of(spec)).model().orElseThrow(), basePackage);
        });
    }

    interface InDirectory<T> {
        T run(Path directory) throws Exception;
    }

    static <T> T inTempDirectory(InDirectory<T> body) {
        Path dir;
        try {
            dir = Files.createTempDirectory("tcgen-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return body.run(dir);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            delete(dir);
        }
    }

    private static String list(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(Path::toString).toList().toString();
        } catch (IOException e) {
            return "(cannot list: " + e + ")";
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
