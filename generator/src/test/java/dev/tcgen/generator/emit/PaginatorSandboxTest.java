package dev.tcgen.generator.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paginators of the golden case 'paginated', generated with its sandbox, compiled with {@code -Werror} and walked
 * against the running sandbox by {@code paginators/PagedWalk.java}, a user's code: the sandbox serves each page out
 * of the spec's example, and the paginators stop where the data ends.
 */
class PaginatorSandboxTest {

    @Test
    @Timeout(120)
    @SuppressWarnings("unchecked")
    void walksEveryKindOfPagingAgainstTheSandbox(@TempDir Path classes) throws Exception {
        Map<String, String> sources = new Generator().render(
                Fixtures.load(TestFiles.testResources().resolve("cases/paginated/spec.yaml")), "dev.tcgen.client",
                EmitOptions.defaults().withSandbox(true));
        List<JavaFileObject> files = new ArrayList<>();
        sources.forEach((path, text) -> files.add(JavaFileObjects.forSourceString(
                path.replace('/', '.').replaceAll("\\.java$", ""), text)));
        files.add(JavaFileObjects.forSourceString("walk.PagedWalk",
                TestFiles.read(TestFiles.testResources().resolve("paginators/PagedWalk.java"))));
        Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(files);
        assertThat(compilation).succeededWithoutWarnings();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                Path target = classes.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }

        Map<String, Object> seen;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            seen = ((Callable<Map<String, Object>>) loader.loadClass("walk.PagedWalk").getDeclaredConstructor().newInstance())
                    .call();
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        assertEquals(List.of(2, 2, 1), seen.get("runPageSizes"), "five runs, two a page");
        assertEquals(5L, seen.get("runsTotal"), "the sandbox sets the total");
        assertEquals(3L, seen.get("runRequests"), "no request after the page that reaches the total");
        assertEquals(List.of("run-1", "run-2", "run-3", "run-4", "run-5"), seen.get("runIds"));
        assertEquals(List.of("run-1", "run-2"), seen.get("firstTwoRuns"));
        assertEquals(1L, seen.get("firstTwoRunsRequests"), "pages are fetched only as far as the stream goes");
        assertEquals(List.of("run-4", "run-5"), seen.get("runsFromOffset3"));
        assertEquals(List.of("j-1", "j-2", "j-3"), seen.get("jobs"), "page numbers, two a page");
        assertEquals(List.of("a", "b", "c", "d"), seen.get("lines"), "tokens, one line a page");
        assertEquals(4L, seen.get("lineRequests"), "the last page has no token, so no fifth request");
        // ListLogs allows 2 calls a second: the client's limiter spaces the four pages, so the sandbox refuses none.
        long millis = (Long) seen.get("lineMillis");
        assertTrue(millis >= Duration.ofMillis(900).toMillis(), "four pages at 2 a second took " + millis + " ms");
        assertEquals(List.of("a", "b", "c", "d"), seen.get("asyncLines"), "the async walk, three lines a page");
    }
}
