package dev.tcgen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.spec.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden cases under {@code src/test/resources/cases/}: each directory is one case, found automatically.
 * A case's specs are its {@code *.yaml} files plus the repository files its {@code spec.path} names (one path
 * a line, relative to the repository root). Its {@code expected/} tree holds the exact sources
 * {@link Generator#render} must give; {@code mvn verify -Dgolden.update=true} rewrites them after a deliberate
 * change. Every case must also compile with {@code -Xlint:all -Werror}.
 *
 * <p>The {@code core} package is the runtime's sources, copied (checked by {@code RuntimeSourcesTest}), and the
 * common error codes, pinned by the runtime's own {@code CommonErrorCode.java}; so a case pins its service
 * packages, and compiles with the core it generates.
 */
public class GoldenCasesTest {

    static final String BASE_PACKAGE = "dev.tcgen.client";
    static final String SPEC_PATH_FILE = "spec.path";
    static final String EXPECTED = "expected";
    static final String CORE_PREFIX = BASE_PACKAGE.replace('.', '/') + "/core/";

    static Path casesDirectory() {
        return TestFiles.testResources().resolve("cases");
    }

    /** Every case directory, by name. */
    static List<Path> cases() {
        return TestFiles.list(casesDirectory(), Files::isDirectory);
    }

    /** The spec files of a case, in a stable order. */
    static List<Path> specFiles(Path caseDirectory) {
        List<Path> files = new ArrayList<>(TestFiles.list(caseDirectory,
                p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml")));
        Path pointer = caseDirectory.resolve(SPEC_PATH_FILE);
        if (Files.isRegularFile(pointer)) {
            TestFiles.read(pointer).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> TestFiles.repo().resolve(l))
                    .forEach(files::add);
        }
        return files;
    }

    /** The model of a case; fails with every problem when the case's specs are invalid. */
    static Model model(Path caseDirectory) {
        List<Path> files = specFiles(caseDirectory);
        assertFalse(files.isEmpty(), "case " + caseDirectory.getFileName() + " has no spec (*.yaml or " + SPEC_PATH_FILE + ")");
        Generator.Loaded loaded = new Generator().load(files);
        if (loaded.model().isEmpty()) {
            fail("case " + caseDirectory.getFileName() + " does not load:\n" + loaded.diagnostics().problems().stream()
                    .map(Problem::toString).collect(Collectors.joining("\n")));
        }
        return loaded.model().get();
    }

    static SortedMap<String, String> render(Path caseDirectory) {
        return new Generator().render(model(caseDirectory), BASE_PACKAGE);
    }

    @TestFactory
    Stream<DynamicContainer> goldenCases() {
        List<Path> cases = cases();
        assertTrue(cases.size() >= 5, "the golden cases are missing from " + casesDirectory());
        return cases.stream().map(caseDirectory -> DynamicContainer.dynamicContainer(
                caseDirectory.getFileName().toString(),
                Stream.of(
                        DynamicTest.dynamicTest("matches expected/", () -> matchesExpected(caseDirectory)),
                        DynamicTest.dynamicTest("compiles with -Xlint:all -Werror", () -> compiles(caseDirectory)))));
    }

    /** What a case pins in {@code expected/}: everything but the core package (see above). */
    private static SortedMap<String, String> pinned(Path caseDirectory) {
        SortedMap<String, String> files = render(caseDirectory);
        files.keySet().removeIf(path -> path.startsWith(CORE_PREFIX));
        return files;
    }

    private static void matchesExpected(Path caseDirectory) {
        SortedMap<String, String> actual = pinned(caseDirectory);
        Path expectedRoot = caseDirectory.resolve(EXPECTED);
        if (TestFiles.updateGolden()) {
            deleteTree(expectedRoot);
            actual.forEach((path, text) -> TestFiles.write(expectedRoot.resolve(path), text));
        }
        SortedMap<String, String> expected = readTree(expectedRoot);
        assertEquals(expected.keySet(), actual.keySet(), "the generated files of case " + caseDirectory.getFileName()
                + " differ from expected/ (run with -Dgolden.update=true after a deliberate change)");
        for (String path : expected.keySet()) {
            assertSameText(expected.get(path), actual.get(path), caseDirectory.getFileName() + "/" + EXPECTED + "/" + path);
        }
    }

    private static void compiles(Path caseDirectory) {
        List<JavaFileObject> sources = new ArrayList<>();
        render(caseDirectory).forEach((path, text) -> sources.add(JavaFileObjects.forSourceString(
                path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
        Compilation compilation = Compiler.javac()
                .withOptions("--release", "17", "-Xlint:all", "-Werror")
                .compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
    }

    /** Equal texts, or a failure that names the first line that differs (the whole files are too long to read). */
    public static void assertSameText(String expected, String actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> expectedLines = expected.lines().toList();
        List<String> actualLines = actual.lines().toList();
        int line = 0;
        while (line < expectedLines.size() && line < actualLines.size()
                && expectedLines.get(line).equals(actualLines.get(line))) {
            line++;
        }
        assertEquals(
                line < expectedLines.size() ? expectedLines.get(line) : "<end of file>",
                line < actualLines.size() ? actualLines.get(line) : "<end of file>",
                what + " differs at line " + (line + 1) + " (run with -Dgolden.update=true after a deliberate change)");
        assertEquals(expected, actual, what + " differs (line endings or the final newline)");
    }

    /** Every file below {@code root}, by '/'-separated relative path. */
    static SortedMap<String, String> readTree(Path root) {
        SortedMap<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.put(
                    root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                    TestFiles.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
