package dev.tcgen.generator.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.InMemoryCompiler;
import dev.tcgen.generator.emit.EmitOptions;
import dev.tcgen.generator.spec.Problem;
import dev.tcgen.generator.tencent.ImportException;
import dev.tcgen.generator.tencent.ImportResult;
import dev.tcgen.generator.tencent.TencentImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a user does with one service version of the corpus: import its {@code api.json} with its examples and the
 * error codes of the whole list, generate the bindings with the sandbox, and compile them with
 * {@code -Xlint:all -Werror} against the shared {@code core} package, compiled once beforehand.
 */
final class ServiceVersionRun {

    static final String BASE_PACKAGE = "dev.tcgen.client";
    static final String CORE_PREFIX = BASE_PACKAGE.replace('.', '/') + "/core/";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a service version's run stopped, or {@code OK}. */
    enum Stage { OK, IMPORT, GENERATE, COMPILE }

    /**
     * The outcome of one service version.
     *
     * @param problems the first problems of the stage that failed (none when {@code OK})
     */
    record Outcome(String service, String version, Stage stage, List<String> problems, int actions, int types,
            int errorCodes, int notes, int files, long importMillis, long generateMillis, long compileMillis) {

        String name() {
            return service + " " + version;
        }

        long millis() {
            return importMillis + generateMillis + compileMillis;
        }
    }

    /** The sources of a generation, split into the shared {@code core} package and the service's own files. */
    record Sources(SortedMap<String, String> core, SortedMap<String, String> service) {}

    private final JsonNode errorCodes;
    private final Path work;

    /**
     * @param errorCodes the parsed whole error-code list, given to every import
     * @param work a scratch directory for spec files and class files
     */
    ServiceVersionRun(JsonNode errorCodes, Path work) {
        this.errorCodes = errorCodes;
        this.work = work;
    }

    /** Imports and generates {@code directory} (a {@code tccli/<service>/v<date>} folder); compiles nothing. */
    Sources generate(Path directory) throws ImportException {
        ImportResult imported = importService(directory);
        Generator.Generated generated = generate(imported);
        return split(generated.sources().orElseThrow(() -> new IllegalStateException(problems(generated).toString())));
    }

    /** The whole run of one service version, compiled against {@code core} (the classes of {@link #generate}'s core). */
    Outcome run(Path directory, Map<String, String> expectedCore, InMemoryCompiler compiler) {
        String service = directory.getParent().getFileName().toString();
        String version = directory.getFileName().toString();
        long start = System.nanoTime();
        ImportResult imported;
        try {
            imported = importService(directory);
        } catch (ImportException | RuntimeException e) {
            return new Outcome(service, version, Stage.IMPORT, firstLines(String.valueOf(e.getMessage())), 0, 0, 0, 0, 0,
                    millisSince(start), 0, 0);
        }
        long importedAt = System.nanoTime();
        int actions = imported.document().actions().size();
        int types = imported.document().types().size();
        int codes = imported.document().errors().size();
        int notes = imported.notes().size();
        Generator.Generated generated;
        try {
            generated = generate(imported);
        } catch (RuntimeException e) {
            return new Outcome(service, version, Stage.GENERATE, List.of(e.toString()), actions, types, codes, notes, 0,
                    millis(start, importedAt), millisSince(importedAt), 0);
        }
        long generatedAt = System.nanoTime();
        if (generated.sources().isEmpty()) {
            return new Outcome(service, version, Stage.GENERATE, first(problems(generated)), actions, types, codes, notes, 0,
                    millis(start, importedAt), millis(importedAt, generatedAt), 0);
        }
        Sources sources = split(generated.sources().get());
        Map<String, String> toCompile = new TreeMap<>(sources.service());
        if (!sources.core().equals(expectedCore)) {
            // A core of its own would be a generator bug: compile it with the service, so that the run still says more.
            toCompile.putAll(sources.core());
        }
        Path classes = work.resolve("classes-" + service + "-" + version);
        List<String> problems;
        try {
            problems = compiler.compile(toCompile, classes);
        } finally {
            InMemoryCompiler.delete(classes);
        }
        if (!sources.core().equals(expectedCore)) {
            problems = new ArrayList<>(problems);
            problems.add(0, "the core package differs from that of the other services");
        }
        return new Outcome(service, version, problems.isEmpty() ? Stage.OK : Stage.COMPILE, first(problems), actions, types,
                codes, notes, sources.service().size(), millis(start, importedAt), millis(importedAt, generatedAt),
                millisSince(generatedAt));
    }

    private ImportResult importService(Path directory) throws ImportException {
        Path examples = directory.resolve("examples.json");
        JsonNode api = read(directory.resolve("api.json"));
        return new TencentImporter().importSpec(new TencentImporter.Sources(api,
                Files.isRegularFile(examples) ? read(examples) : JSON.missingNode(), errorCodes), List.of());
    }

    private Generator.Generated generate(ImportResult imported) {
        String name = imported.document().service().name() + "-" + imported.document().service().version() + ".yaml";
        Path spec = work.resolve(name);
        try {
            Files.writeString(spec, imported.yaml(), StandardCharsets.UTF_8);
            return new Generator().generate(List.of(spec), BASE_PACKAGE, EmitOptions.defaults().withSandbox(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(spec);
            } catch (IOException e) {
                // Only scratch space; the directory goes at the end of the run.
            }
        }
    }

    private static Sources split(SortedMap<String, String> all) {
        SortedMap<String, String> core = new TreeMap<>();
        SortedMap<String, String> service = new TreeMap<>();
        all.forEach((path, text) -> (path.startsWith(CORE_PREFIX) ? core : service).put(path, text));
        return new Sources(core, service);
    }

    private static List<String> problems(Generator.Generated generated) {
        return generated.loaded().diagnostics().problems().stream().map(Problem::toString).toList();
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The first few problems: enough to see what went wrong, short enough to read in a summary. */
    private static List<String> first(List<String> problems) {
        return problems.stream().limit(3).map(ServiceVersionRun::shorten).toList();
    }

    private static List<String> firstLines(String message) {
        return first(message.lines().toList());
    }

    private static String shorten(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    private static long millisSince(long start) {
        return millis(start, System.nanoTime());
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
