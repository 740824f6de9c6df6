package dev.tcgen.generator.codec;

import dev.tcgen.generator.InMemoryCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compiles generated sources as the golden cases do ({@code -Xlint:all -Werror}, every warning a failure) and loads
 * them. The core package, the same for every generation, is compiled once; each generation's service packages are
 * compiled against its classes.
 */
final class CompiledGeneration {

    private final Path work;
    private final Path coreClasses;
    private final Map<String, String> core;
    private final InMemoryCompiler compiler;
    private int compilations;

    /**
     * @param core the core package's sources (by path)
     * @param work an empty scratch directory for class files
     */
    CompiledGeneration(Map<String, String> core, Path work) {
        this.work = work;
        this.coreClasses = work.resolve("core");
        this.core = Map.copyOf(core);
        List<String> problems = new InMemoryCompiler(InMemoryCompiler.testClassPath()).compile(core, coreClasses);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the core package does not compile:\n" + String.join("\n", problems));
        }
        List<Path> classPath = new ArrayList<>(InMemoryCompiler.testClassPath());
        classPath.add(0, coreClasses);
        this.compiler = new InMemoryCompiler(classPath);
    }

    /** Loaded classes of one compilation; closing them deletes their class files. */
    record Classes(URLClassLoader loader, Path directory) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            loader.close();
            InMemoryCompiler.delete(directory);
        }
    }

    /** The core's part of {@code sources}. */
    static SortedMap<String, String> core(Map<String, String> sources) {
        SortedMap<String, String> core = new TreeMap<>();
        sources.forEach((path, text) -> {
            if (path.startsWith(GeneratedRecords.CORE_PREFIX)) {
                core.put(path, text);
            }
        });
        return core;
    }

    /** Compiles the service packages of {@code sources} and loads them; their core must be the one compiled. */
    Classes compile(Map<String, String> sources) {
        if (!core(sources).equals(core)) {
            throw new IllegalStateException("these sources have a core package of their own");
        }
        SortedMap<String, String> services = new TreeMap<>(sources);
        services.keySet().removeIf(path -> path.startsWith(GeneratedRecords.CORE_PREFIX));
        Path classes = work.resolve("classes-" + compilations++);
        List<String> problems = compiler.compile(services, classes);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the generated sources do not compile:\n"
                    + String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
        }
        try {
            return new Classes(new URLClassLoader(new URL[] {classes.toUri().toURL(), coreClasses.toUri().toURL()},
                    CompiledGeneration.class.getClassLoader()), classes);
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
