package dev.tcgen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tcgen.generator.emit.EmitOptions;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.tencent.ImportException;
import dev.tcgen.generator.tencent.ImportResult;
import dev.tcgen.generator.tencent.TencentImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** What the import, diff and OpenAPI tests share: the copied Tencent files, and loading and compiling specs. */
public final class Fixtures {

    private Fixtures() {}

    /** A file under {@code src/test/resources/tencent/}. */
    public static Path tencent(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/tencent/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hand-written omics spec of the repository. */
    public static Path handWrittenOmicsSpec() {
        return Path.of(System.getProperty("tcgen.repo", ".."), "spec", "omics", "2022-11-28.yaml");
    }

    /** Imports {@code revision} ({@code en} or {@code tccli}) with the service's error codes. */
    public static ImportResult importOmics(String revision, String... actions) throws ImportException {
        TencentImporter.Sources sources = TencentImporter.read(tencent(revision + "/api.json"),
                tencent(revision + "/examples.json"), tencent("omics-error-codes.json"));
        return new TencentImporter().importSpec(sources, List.of(actions));
    }

    /** Loads spec text through the whole spec and model stages; fails the test on any problem. */
    public static Model load(String yaml, Path directory, String fileName) {
        try {
            Path file = directory.resolve(fileName);
            Files.writeString(file, yaml);
            return load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Model load(Path spec) {
        Generator.Loaded loaded = new Generator().load(List.of(spec));
        if (loaded.model().isEmpty()) {
            throw new AssertionError("the spec does not load:\n" + String.join("\n",
                    loaded.diagnostics().problems().stream().map(Object::toString).toList()));
        }
        return loaded.model().get();
    }

    /** Generates the model's Java sources and compiles them with every lint warning an error. */
    public static void assertCompilesWithoutWarnings(Model model) {
        assertCompilesWithoutWarnings(model, EmitOptions.defaults());
    }

    /** As {@link #assertCompilesWithoutWarnings(Model)}, with what to emit beyond the bindings. */
    public static void assertCompilesWithoutWarnings(Model model, EmitOptions options) {
        Map<String, String> sources = new Generator().render(model, "dev.tcgen.client", options);
        List<JavaFileObject> files = sources.entrySet().stream()
                .map(e -> JavaFileObjects.forSourceString(
                        e.getKey().replace('/', '.').replaceAll("\\.java$", ""), e.getValue()))
                .toList();
        Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(files);
        assertThat(compilation).succeededWithoutWarnings();
    }
}
