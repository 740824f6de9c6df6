package dev.tcgen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tcgen.generator.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full example of {@code docs/spec-format.md} is a valid spec, so the documentation cannot drift from the format. */
class SpecFormatDocTest {

    private static final Path DOC = TestFiles.repo().resolve("docs/spec-format.md");

    @TempDir
    Path temp;

    /** The first YAML block after the "A full example" heading. */
    static String fullExample() {
        String doc = TestFiles.read(DOC);
        int section = doc.indexOf("## A full example");
        assertTrue(section >= 0, "docs/spec-format.md lacks its full example");
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        int end = doc.indexOf("```", start);
        return doc.substring(start, end);
    }

    @Test
    void theFullExampleLoadsWithoutProblemsAndItsOutputCompiles() throws IOException {
        Path spec = temp.resolve("widgets.yaml");
        Files.writeString(spec, fullExample(), StandardCharsets.UTF_8);
        Generator.Loaded loaded = new Generator().load(List.of(spec));
        assertEquals(List.of(), loaded.diagnostics().problems());
        Model model = loaded.model().orElseThrow();
        assertEquals(1, model.services().get(0).actions().size());
        assertEquals(2, model.services().get(0).actions().get(0).examples().size());

        List<JavaFileObject> sources = new ArrayList<>();
        new Generator().render(model, GoldenCasesTest.BASE_PACKAGE).forEach((path, text) -> sources.add(
                JavaFileObjects.forSourceString(path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
        assertThat(Compiler.javac().withOptions("--release", "17", "-Xlint:all", "-Werror").compile(sources))
                .succeededWithoutWarnings();
    }

    @Test
    void theFullExampleUsesEveryType() {
        String example = fullExample();
        for (String type : List.of("string", "boolean", "integer", "float", "timestamp", "json", "list<string>", "list<list<Part>>", "list<Widget>")) {
            assertTrue(example.contains("type: " + type), "the full example lacks type " + type);
        }
    }
}
