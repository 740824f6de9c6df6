package dev.tcgen.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.generator.emit.EmitOptions;
import dev.tcgen.generator.spec.Problem;
import dev.tcgen.generator.tencent.ImportResult;
import dev.tcgen.generator.tencent.TencentImporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated sources, with the runtime copy they carry and the sandbox, pass {@code javadoc -Xdoclint:all}
 * without a single warning: every golden case, an import of a real excerpt of CVM (Tencent's own Markdown and
 * HTML, {@code tencent/cvm-excerpt}), and, opt-in, the whole of CVM from the corpus
 * ({@code -Dtcgen.corpus=DIR}, the folder holding {@code tccli/}).
 */
class DoclintTest {

    /** The system property naming the corpus folder; the corpus test is skipped, and says so, without it. */
    static final String CORPUS = "tcgen.corpus";

    private static final EmitOptions WITH_SANDBOX = EmitOptions.defaults().withSandbox(true);

    @TempDir
    Path temp;

    /** All cases in one javadoc run (the tool's start is most of its time), each under a base package of its own. */
    @Test
    void everyGoldenCaseIsDoclintClean() throws Exception {
        SortedMap<String, String> sources = new TreeMap<>();
        List<Path> cases = GoldenCasesTest.cases();
        for (Path caseDirectory : cases) {
            String basePackage = "golden." + caseDirectory.getFileName().toString().replaceAll("[^A-Za-z0-9]", "_");
            sources.putAll(new Generator().render(GoldenCasesTest.model(caseDirectory), basePackage, WITH_SANDBOX));
        }
        assertClean(cases.size() + " golden cases", sources, temp);
    }

    @Test
    void anImportOfRealCvmTextIsDoclintClean() throws Exception {
        Path excerpt = TestFiles.testResources().resolve("tencent/cvm-excerpt");
        SortedMap<String, String> sources = imported(excerpt.resolve("api.json"), excerpt.resolve("examples.json"));
        assertTrue(sources.keySet().stream().anyMatch(path -> path.endsWith("/RunInstancesRequest.java")), sources::toString);
        assertClean("cvm excerpt", sources, temp);
    }

    @Test
    void theWholeOfCvmFromTheCorpusIsDoclintClean() throws Exception {
        String corpus = System.getProperty(CORPUS);
        Assumptions.assumeTrue(corpus != null && !corpus.isBlank(),
                "the Tencent corpus is absent: run with -D" + CORPUS + "=DIR (the folder holding tccli/) to check all of CVM");
        Path cvm = Path.of(corpus).resolve("tccli/cvm/v20170312");
        if (!Files.isRegularFile(cvm.resolve("api.json"))) {
            fail("-D" + CORPUS + "=" + corpus + " names no corpus: " + cvm.resolve("api.json") + " is missing");
        }
        SortedMap<String, String> sources = imported(cvm.resolve("api.json"), cvm.resolve("examples.json"));
        assertClean("cvm 2017-03-12 from the corpus", sources, temp);
    }

    /** The sources an import of Tencent's files generates, through a spec file as the command line makes them. */
    private SortedMap<String, String> imported(Path api, Path examples) throws Exception {
        ImportResult result = new TencentImporter().importSpec(
                new TencentImporter.Sources(read(api), read(examples), new ObjectMapper().missingNode()), List.of());
        Path spec = temp.resolve("spec.yaml");
        Files.writeString(spec, result.yaml(), StandardCharsets.UTF_8);
        Generator.Generated generated = new Generator().generate(List.of(spec), GoldenCasesTest.BASE_PACKAGE, WITH_SANDBOX);
        return generated.sources().orElseThrow(() -> new AssertionError("the import does not load:\n"
                + generated.loaded().diagnostics().problems().stream().map(Problem::toString).collect(Collectors.joining("\n"))));
    }

    private static com.fasterxml.jackson.databind.JsonNode read(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** Writes the sources below {@code directory} and fails, listing them, on any javadoc warning or error. */
    static void assertClean(String what, SortedMap<String, String> sources, Path directory) throws Exception {
        List<String> messages = Doclint.messages(sources, directory);
        if (!messages.isEmpty()) {
            fail("javadoc -Xdoclint:all on " + what + " (" + sources.size() + " files) printed " + messages.size()
                    + " warning(s) and error(s):\n" + messages.stream().limit(200).collect(Collectors.joining("\n")));
        }
    }

}
