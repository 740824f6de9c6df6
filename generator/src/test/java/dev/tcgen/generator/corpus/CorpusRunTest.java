package dev.tcgen.generator.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.tcgen.generator.InMemoryCompiler;
import dev.tcgen.generator.TestFiles;
import dev.tcgen.generator.model.Names;
import dev.tcgen.generator.tencent.ImportNote;
import dev.tcgen.generator.tencent.ImportResult;
import dev.tcgen.generator.tencent.SpecDocument;
import dev.tcgen.generator.tencent.TencentImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The opt-in run over Tencent's whole corpus ({@code ../shared/corpus}, see its README): every service version is
 * imported with its examples and the error codes of the whole list, generated with the sandbox and compiled with
 * {@code -Xlint:all -Werror}. Run it with
 * <pre>
 * mvn -B -ntp -pl generator test -Pcorpus -Dtcgen.corpus=../shared/corpus
 * </pre>
 * A relative folder is taken from the repository root, and the profile's default is {@code ../shared/corpus};
 * {@code -Dtcgen.corpus.only=cvm,bi/v20220105} runs a few, {@code -Dtcgen.corpus.threads=N} (default 2) sets how many
 * at once. It prints a summary (how many passed, each failure with its first errors, the time) and writes one line per
 * service version to {@code target/corpus-run.txt}. Without {@code tcgen.corpus} both tests are skipped, and say so.
 */
class CorpusRunTest {

    static final String PROPERTY = "tcgen.corpus";

    /**
     * The corpus folder named by {@code tcgen.corpus}; without it the calling test is skipped (reported as such)
     * with a message that says how to run it.
     */
    private static Path corpus() {
        String folder = System.getProperty(PROPERTY, "");
        if (folder.isBlank()) {
            String message = "the corpus run is skipped: no corpus folder given; run it with -Pcorpus -D" + PROPERTY
                    + "=PATH/TO/shared/corpus";
            System.out.println("CorpusRunTest: " + message);
            Assumptions.abort(message);
        }
        // A relative folder is taken from the repository root, where the build is started.
        Path corpus = TestFiles.repo().resolve(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus.resolve("tccli")) || !Files.isRegularFile(corpus.resolve("error-codes.json"))) {
            fail(PROPERTY + "=" + folder + " (" + corpus + ") is not the corpus: it needs tccli/ and error-codes.json");
        }
        return corpus;
    }

    @Test
    void cvmGetsTheErrorCodesOfItsOwnProductAndVersionFromTheWholeList() throws Exception {
        Path corpus = corpus();
        Path cvm = corpus.resolve("tccli/cvm/v20170312");
        Assumptions.assumeTrue(Files.isDirectory(cvm), "the corpus has no cvm v20170312");
        JsonNode errors = ServiceVersionRun.read(corpus.resolve("error-codes.json"));
        ImportResult imported = new TencentImporter().importSpec(
                new TencentImporter.Sources(ServiceVersionRun.read(cvm.resolve("api.json")), MissingNode.getInstance(), errors),
                List.of());
        // The list has 428 entries of cvm 2017-03-12: three codes twice, so 425 codes, and each of them is kept.
        assertTrue(imported.notes().stream().anyMatch(note -> note.what().equals("error codes of other products or versions; skipped")
                && note.where().endsWith(" of " + errors.size() + " entries (428 are cvm 2017-03-12's)")), () -> imported.noteLines().toString());
        Set<String> listed = new TreeSet<>();
        for (JsonNode entry : errors) {
            if (entry.path("productName").asText().equals("cvm")
                    && entry.path("productVersion").asText().replaceAll("[^0-9]", "").equals("20170312")) {
                listed.add(entry.path("code").asText());
            }
        }
        assertEquals(425, listed.size());
        Set<String> kept = imported.document().errors().stream().map(SpecDocument.ErrorCode::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(listed, kept, "every distinct cvm 2017-03-12 code of the list is in the spec");
        assertEquals(3, imported.notes().stream()
                .filter(note -> note.what().equals("error code listed more than once; the first entry kept")).count());
        // InvalidParameterValue.TooLarge would derive InvalidParameter.ValueTooLarge's constant: it is given its own.
        assertTrue(imported.notes().contains(new ImportNote("error code would take the Java constant of another code; given one"
                + " of its own with 'constant'", "InvalidParameterValue.TooLarge (constant: INVALID_PARAMETER_VALUE__TOO_LARGE,"
                + " as INVALID_PARAMETER_VALUE_TOO_LARGE is InvalidParameter.ValueTooLarge's)")), () -> imported.noteLines().toString());
        Set<String> constants = imported.document().errors().stream()
                .map(code -> code.constant() != null ? code.constant() : Names.constantName(code.code()))
                .collect(Collectors.toSet());
        assertEquals(425, constants.size(), "each code has a Java constant of its own");
    }

    @Test
    void everyServiceVersionImportsGeneratesAndCompiles(@TempDir Path work) throws Exception {
        Path corpus = corpus();
        long start = System.nanoTime();
        List<Path> versions = serviceVersions(corpus.resolve("tccli"), only());
        assertTrue(!versions.isEmpty(), "no service version under " + corpus.resolve("tccli") + " matches " + only());
        JsonNode errors = ServiceVersionRun.read(corpus.resolve("error-codes.json"));
        ServiceVersionRun run = new ServiceVersionRun(errors, work);

        // The core package is the same for every service: compile it once, and each service against its classes.
        ServiceVersionRun.Sources first = run.generate(versions.get(0));
        Path coreClasses = work.resolve("core-classes");
        List<String> coreProblems = new InMemoryCompiler(InMemoryCompiler.testClassPath()).compile(first.core(), coreClasses);
        assertEquals(List.of(), coreProblems, "the core package does not compile");
        List<Path> classPath = new ArrayList<>(InMemoryCompiler.testClassPath());
        classPath.add(0, coreClasses);
        InMemoryCompiler compiler = new InMemoryCompiler(classPath);

        int threads = Integer.getInteger("tcgen.corpus.threads", 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<ServiceVersionRun.Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<ServiceVersionRun.Outcome>> futures = new ArrayList<>();
            for (Path version : versions) {
                futures.add(pool.submit(() -> runGuarded(run, version, first, compiler)));
            }
            for (Future<ServiceVersionRun.Outcome> future : futures) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        CorpusSummary summary = new CorpusSummary(outcomes, (System.nanoTime() - start) / 1_000_000, threads);
        System.out.println(summary.text());
        Path report = Path.of("target", "corpus-run.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary.text() + "\n\n" + summary.table(), StandardCharsets.UTF_8);
        System.out.println("one line per service version: " + report.toAbsolutePath());
        assertTrue(summary.failures().isEmpty(), summary::failureText);
    }

    /** A run whose failure, whatever it is, stays with its service version instead of ending the whole run. */
    private static ServiceVersionRun.Outcome runGuarded(ServiceVersionRun run, Path version, ServiceVersionRun.Sources first,
            InMemoryCompiler compiler) {
        try {
            return run.run(version, first.core(), compiler);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new ServiceVersionRun.Outcome(version.getParent().getFileName().toString(),
                    version.getFileName().toString(), ServiceVersionRun.Stage.GENERATE, List.of(e.toString()),
                    0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /** {@code tcgen.corpus.only}: service names or {@code service/vYYYYMMDD}, comma-separated; empty = all. */
    private static Set<String> only() {
        return Arrays.stream(System.getProperty("tcgen.corpus.only", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every {@code <service>/v<date>} folder with an {@code api.json}, by service then version. */
    private static List<Path> serviceVersions(Path tccli, Set<String> only) {
        try (Stream<Path> walk = Files.walk(tccli, 2)) {
            return walk.filter(p -> tccli.relativize(p).getNameCount() == 2 && Files.isRegularFile(p.resolve("api.json")))
                    .filter(p -> only.isEmpty() || only.contains(p.getParent().getFileName().toString())
                            || only.contains(tccli.relativize(p).toString().replace('\\', '/')))
                    .sorted(Comparator.comparing(p -> tccli.relativize(p).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
