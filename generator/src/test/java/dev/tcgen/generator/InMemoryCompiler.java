package dev.tcgen.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources held in memory with {@code javac} in this JVM, as the golden cases do
 * ({@code --release 17 -Xlint:all -Werror}), into a directory of class files; every warning is a failure.
 */
public final class InMemoryCompiler {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private final List<Path> classPath;

    /** @param classPath where the sources' dependencies are, besides the JDK */
    public InMemoryCompiler(List<Path> classPath) {
        this.classPath = List.copyOf(classPath);
    }

    /** The class path of this test run (Jackson and the like), on which generated code compiles. */
    public static List<Path> testClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).toList();
    }

    /**
     * Compiles {@code sources} (by path relative to a source root) into {@code classes}.
     *
     * @return every error and warning as {@code FILE:LINE: kind: message}, in javac's order; empty on success
     */
    public List<String> compile(Map<String, String> sources, Path classes) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = JAVAC.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((path, text) -> units.add(new Source(path, text)));
            boolean ok = JAVAC.getTask(null, files, diagnostics,
                    List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8"), null, units).call();
            List<String> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.NOTE) {
                    String file = d.getSource() == null ? "javac" : ((Source) d.getSource()).path;
                    problems.add(file + ":" + d.getLineNumber() + ": " + d.getKind().toString().toLowerCase(Locale.ROOT)
                            + ": " + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
                }
            }
            if (!ok && problems.isEmpty()) {
                problems.add("javac: failed without a diagnostic");
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory of class files and everything below it. */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One source file, named by its path so that messages name the generated file. */
    private static final class Source extends SimpleJavaFileObject {
        private final String path;
        private final String text;

        Source(String path, String text) {
            super(URI.create("mem:///" + path), Kind.SOURCE);
            this.path = path;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
