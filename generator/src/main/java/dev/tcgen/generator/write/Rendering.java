package dev.tcgen.generator.write;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Builds and renders generated files on one thread a core. Building and rendering through JavaPoet is most of
 * a generation's time, and each file is independent of the others, so files are started as soon as they can
 * be (the shared core even before the specs have loaded) and collected at the end. The result does not depend
 * on which thread finished first.
 */
public final class Rendering implements AutoCloseable {

    private final ExecutorService workers;
    private final List<Future<List<SourceWriter.Rendered>>> files = new ArrayList<>();

    public Rendering() {
        AtomicInteger count = new AtomicInteger();
        // Daemon threads, so that a caller that gives up (an interrupted build) never waits for them.
        this.workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "tcgen-render-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts building and rendering {@code artifacts}; returns at once. */
    public void start(List<Supplier<JavaFile>> artifacts) {
        for (Supplier<JavaFile> artifact : artifacts) {
            files.add(workers.submit(() -> List.of(SourceWriter.render(artifact.get()))));
        }
    }

    /** Starts a step that gives several files at once, by path; returns at once. */
    public void startFiles(Supplier<Map<String, String>> step) {
        files.add(workers.submit(() -> step.get().entrySet().stream()
                .map(file -> new SourceWriter.Rendered(file.getKey(), file.getValue()))
                .toList()));
    }

    /** Waits for every started file; the sources by path, as {@link SourceWriter#collect} gives them. */
    public SortedMap<String, String> finish() {
        List<SourceWriter.Rendered> rendered = new ArrayList<>(files.size());
        for (Future<List<SourceWriter.Rendered>> step : files) {
            try {
                rendered.addAll(step.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering the sources", e);
            } catch (ExecutionException e) {
                // An emitter's failure is a generator bug; it surfaces as it would have on the caller's thread.
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return SourceWriter.collect(rendered);
    }

    /** Stops whatever is still running, e.g. the core's files when the specs did not load. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
