package dev.tcgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.spec.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalogue of bad specs under {@code src/test/resources/bad/}: each {@code NAME.yaml} (or directory
 * {@code NAME/} of spec files) is loaded, and the problems must be exactly the lines of {@code NAME.errors},
 * as {@code FILE:LINE:COLUMN: error: MESSAGE} with FILE relative to {@code bad/}. Adding a case needs no Java
 * code; {@code -Dgolden.update=true} rewrites the {@code .errors} files, which must then be read and judged.
 */
class BadSpecsTest {

    static final String ERRORS = ".errors";

    static Path badDirectory() {
        return TestFiles.testResources().resolve("bad");
    }

    @TestFactory
    Stream<DynamicTest> badSpecs() {
        List<Path> cases = TestFiles.list(badDirectory(),
                p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".yaml"));
        assertTrue(cases.size() >= 15, "the catalogue of bad specs is missing from " + badDirectory());
        return cases.stream().map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> check(spec)));
    }

    private static void check(Path spec) {
        String name = spec.getFileName().toString().replaceFirst("\\.yaml$", "");
        Path expectedFile = badDirectory().resolve(name + ERRORS);
        List<String> actual = problems(spec);
        if (TestFiles.updateGolden()) {
            TestFiles.write(expectedFile, String.join("\n", actual) + "\n");
        }
        assertTrue(Files.isRegularFile(expectedFile), "missing " + expectedFile);
        List<String> expected = TestFiles.read(expectedFile).lines().filter(l -> !l.isBlank()).toList();
        assertTrue(!expected.isEmpty(), expectedFile + " lists no error; a bad spec must have at least one");
        assertEquals(String.join("\n", expected), String.join("\n", actual), "the problems reported for " + name);
    }

    /**
     * Independent mistakes from every stage (YAML keys, types, names, ranges, references) all show in one run;
     * asserted here apart from the catalogue, so that rewriting the {@code .errors} files cannot lose it.
     */
    @Test
    void everyProblemOfASpecIsReportedInOneRun() {
        List<String> problems = problems(badDirectory().resolve("several-errors.yaml"));
        assertEquals(8, problems.size(), String.join("\n", problems));
        assertEquals(8, problems.stream().map(p -> p.substring(0, p.indexOf(": error:"))).distinct().count(),
                "each problem has its own place");
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown key 'requird'")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown type 'strng'")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown type 'Person'")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("rateLimit 0 is out of range")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown error code 'NoSuchCode'")));
    }

    /** The problems loading {@code spec} gives, with file names relative to the catalogue's directory. */
    static List<String> problems(Path spec) {
        Generator.Loaded loaded = new Generator().load(List.of(spec));
        assertTrue(loaded.model().isEmpty(), "a bad spec must give no model: " + spec);
        String prefix = badDirectory().toString() + spec.getFileSystem().getSeparator();
        return loaded.diagnostics().problems().stream()
                .map(Problem::toString)
                .map(line -> line.replace(prefix, ""))
                .toList();
    }
}
