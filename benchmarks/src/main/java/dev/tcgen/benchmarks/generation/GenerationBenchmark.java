package dev.tcgen.benchmarks.generation;

import dev.tcgen.generator.Generator;
import dev.tcgen.generator.model.Model;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm, in-process generation: spec files to Java source text (read, validate, model, emit, render), without
 * the disk writes. Run by benchmarks/run.sh with {@code -p spec=FILE,...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenerationBenchmark {

    /** Spec files or directories, separated by ';' when one input needs several. */
    @Param("spec")
    public String spec;

    private List<Path> paths;
    private final Generator generator = new Generator();

    @Setup
    public void checkInput() {
        paths = java.util.Arrays.stream(spec.split(";")).map(Path::of).toList();
        if (generator.load(paths).model().isEmpty()) {
            throw new IllegalStateException("the spec " + spec + " does not load: " + generator.load(paths).diagnostics().problems());
        }
    }

    @Benchmark
    public SortedMap<String, String> loadAndRender() {
        Model model = generator.load(paths).model().orElseThrow();
        return generator.render(model, "dev.tcgen.client");
    }
}
