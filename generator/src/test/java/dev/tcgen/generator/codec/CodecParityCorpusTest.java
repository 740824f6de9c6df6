package dev.tcgen.generator.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.MissingNode;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.TestFiles;
import dev.tcgen.generator.emit.EmitOptions;
import dev.tcgen.generator.spec.Problem;
import dev.tcgen.generator.tencent.ImportResult;
import dev.tcgen.generator.tencent.TencentImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parity check of {@link CodecParityTest} on a sample of the real corpus ({@code ../shared/corpus}, see its
 * README): every 15th service version of the sorted list, and every version of omics and vpc, imported, generated,
 * compiled with {@code -Xlint:all -Werror}, and each record compared with fewer random values. Opt-in, like
 * {@code CorpusRunTest}:
 * <pre>
 * mvn -B -ntp -o -pl generator -am test -Pcorpus -Dtest=CodecParityCorpusTest -Dtcgen.corpus=../shared/corpus -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Without {@code tcgen.corpus} it is skipped, and says so. It prints a line per service version and a summary.
 */
class CodecParityCorpusTest {

    private static final String PROPERTY = "tcgen.corpus";

    /** Every how many service versions of the sorted list one is taken. */
    private static final int STEP = 15;

    /** Taken whatever their place: the large services the issue names. */
    private static final Set<String> ALWAYS = Set.of("omics", "vpc");

    /** Random values per record, besides the one with every field null. */
    private static final int SEEDS = 2;

    @Test
    void aSampleOfTheCorpusWritesAndReadsAsDatabindDid(@TempDir Path work) throws Exception {
        Path tccli = corpus().resolve("tccli");
        long start = System.nanoTime();
        List<Path> sample = sample(tccli);
        ParityCheck total = new ParityCheck(SEEDS);
        CompiledGeneration compiled = null;
        long generateNanos = 0;
        long compileNanos = 0;
        long compareNanos = 0;
        for (Path version : sample) {
            String name = tccli.relativize(version).toString().replace('\\', '/');
            long began = System.nanoTime();
            SortedMap<String, String> sources = generate(version, work);
            long generated = System.nanoTime();
            if (compiled == null) {
                compiled = new CompiledGeneration(CompiledGeneration.core(sources), work);
            }
            long compiledAt;
            ParityCheck check = new ParityCheck(SEEDS);
            try (CompiledGeneration.Classes classes = compiled.compile(sources)) {
                compiledAt = System.nanoTime();
                for (Class<?> type : GeneratedRecords.of(sources, classes.loader())) {
                    check.check(name, type);
                }
            }
            long compared = System.nanoTime();
            generateNanos += generated - began;
            compileNanos += compiledAt - generated;
            compareNanos += compared - compiledAt;
            System.out.println("CodecParityCorpusTest: " + name + ": " + check.summary() + " ("
                    + (compared - began) / 1_000_000 + " ms)");
            total.add(check);
        }
        System.out.println("CodecParityCorpusTest: " + sample.size() + " service versions, " + total.summary() + "; "
                + (System.nanoTime() - start) / 1_000_000_000 + " s in all (import and generate "
                + generateNanos / 1_000_000_000 + " s, compile " + compileNanos / 1_000_000_000 + " s, compare "
                + compareNanos / 1_000_000_000 + " s)");
        total.knownDifferences().forEach(known -> System.out.println("  known difference: " + known));
        assertTrue(total.records() > 0 && total.hostileReads() > 0, total.summary());
        assertEquals(List.of(), total.differences(), () -> total.differences().size() + " differences:\n"
                + String.join("\n", total.differences()));
    }

    /** The corpus folder named by {@code tcgen.corpus}; without it the test is skipped with how to run it. */
    private static Path corpus() {
        String folder = System.getProperty(PROPERTY, "");
        if (folder.isBlank()) {
            String message = "the corpus parity run is skipped: no corpus folder given; run it with -Pcorpus"
                    + " -Dtest=CodecParityCorpusTest -D" + PROPERTY + "=PATH/TO/shared/corpus";
            System.out.println("CodecParityCorpusTest: " + message);
            Assumptions.abort(message);
        }
        Path corpus = TestFiles.repo().resolve(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus.resolve("tccli"))) {
            fail(PROPERTY + "=" + folder + " (" + corpus + ") is not the corpus: it has no tccli/");
        }
        return corpus;
    }

    /** Every {@link #STEP}th {@code <service>/v<date>} folder of the sorted list, and those of {@link #ALWAYS}. */
    private static List<Path> sample(Path tccli) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(tccli, 2)) {
            all = walk.filter(p -> tccli.relativize(p).getNameCount() == 2 && Files.isRegularFile(p.resolve("api.json")))
                    .sorted((a, b) -> tccli.relativize(a).toString().compareTo(tccli.relativize(b).toString()))
                    .toList();
        }
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % STEP == 0 || ALWAYS.contains(all.get(i).getParent().getFileName().toString())) {
                sample.add(all.get(i));
            }
        }
        return sample;
    }

    /** Imports a service version (no examples or error codes: they make no records) and generates it. */
    private static SortedMap<String, String> generate(Path version, Path work) throws Exception {
        ImportResult imported = new TencentImporter().importSpec(new TencentImporter.Sources(
                TencentImporter.read(version.resolve("api.json"), null, null).api(), MissingNode.getInstance(),
                MissingNode.getInstance()), List.of());
        Path spec = work.resolve(version.getParent().getFileName() + "-" + version.getFileName() + ".yaml");
        try {
            Files.writeString(spec, imported.yaml(), StandardCharsets.UTF_8);
            Generator.Generated generated = new Generator().generate(List.of(spec), GeneratedRecords.BASE_PACKAGE,
                    EmitOptions.defaults());
            return generated.sources().orElseThrow(() -> new AssertionError(version + " does not generate: "
                    + generated.loaded().diagnostics().problems().stream().map(Problem::toString).limit(3).toList()));
        } finally {
            Files.deleteIfExists(spec);
        }
    }
}
