package dev.tcgen.generator;

import dev.tcgen.generator.emit.EmitOptions;
import dev.tcgen.generator.emit.JavaEmitter;
import dev.tcgen.generator.emit.RuntimeMode;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.ModelBuilder;
import dev.tcgen.generator.spec.Diagnostics;
import dev.tcgen.generator.spec.RawSpec;
import dev.tcgen.generator.spec.SourceLocation;
import dev.tcgen.generator.spec.SpecReader;
import dev.tcgen.generator.write.SourceWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The pipeline in one place, for the command line and the Maven plugin: spec files → model → Java sources.
 * Each call is independent; instances hold no state between calls.
 */
public final class Generator {

    /** The common error codes shipped with tcgen, used when no common-error-codes file is given. */
    static final String BUILT_IN_COMMON_ERRORS = "common/errors.yaml";

    /** The outcome of loading specs: the model, or the problems that prevented it. */
    public record Loaded(Optional<Model> model, Diagnostics diagnostics, List<Path> files) {}

    /** This generator's version, which a build's up-to-date check must cover. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Generator.class.getResourceAsStream("tcgen.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    /** How the built-in common error codes are named in diagnostics and build stamps. */
    public static final String BUILT_IN_COMMON_ERRORS_NAME = "tcgen:" + BUILT_IN_COMMON_ERRORS;

    /**
     * The bytes of the built-in common error codes, which {@link #load} adds when no common-error-codes file
     * is given; an up-to-date check must cover them, since they may change without the version changing.
     */
    public static byte[] builtInCommonErrorsBytes() {
        try (InputStream in = Generator.class.getResourceAsStream(BUILT_IN_COMMON_ERRORS)) {
            if (in == null) {
                throw new IllegalStateException("the tcgen jar lacks " + BUILT_IN_COMMON_ERRORS);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every spec file named by {@code paths}: files as given, directories searched for {@code *.yaml} and
     * {@code *.yml}, in a stable order.
     */
    public static List<Path> expand(List<Path> paths, Diagnostics diagnostics) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    diagnostics.error(SourceLocation.ofFile(path.toString()), "cannot list the directory: " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                diagnostics.error(SourceLocation.ofFile(path.toString()), "no such spec file or directory");
            }
        }
        return files.stream().distinct().toList();
    }

    /** Reads and validates the specs under {@code paths}; nothing is written. */
    public Loaded load(List<Path> paths) {
        return read(paths).loaded();
    }

    /** A load, with where its common error codes came from (for problems that concern them). */
    private record Read(Loaded loaded, SourceLocation commonErrors) {}

    private Read read(List<Path> paths) {
        Diagnostics diagnostics = new Diagnostics();
        List<Path> files = expand(paths, diagnostics);
        SpecReader reader = new SpecReader();
        List<RawSpec> specs = new ArrayList<>();
        for (Path file : files) {
            reader.read(file, file.toString(), diagnostics).ifPresent(specs::add);
        }
        if (!files.isEmpty() && specs.stream().noneMatch(RawSpec::isService) && !diagnostics.hasErrors()) {
            diagnostics.error(SourceLocation.ofFile(files.get(0).toString()), "no service spec given; nothing to generate");
        }
        if (files.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(SourceLocation.ofFile(paths.isEmpty() ? "." : paths.get(0).toString()),
                    "no spec files (*.yaml) found");
        }
        if (specs.stream().allMatch(RawSpec::isService)) {
            specs.add(builtInCommonErrors(reader));
        }
        SourceLocation commonErrors = specs.stream().filter(spec -> !spec.isService()).map(RawSpec::location)
                .findFirst().orElse(SourceLocation.ofFile(BUILT_IN_COMMON_ERRORS_NAME));
        // The model stage runs even after reading problems, so that all problems are reported in one run.
        Optional<Model> model = specs.isEmpty() ? Optional.empty() : new ModelBuilder(diagnostics).build(specs);
        return new Read(new Loaded(model, diagnostics, files), commonErrors);
    }

    /**
     * The outcome of {@link #generate}: the load, and the sources when the load gave a model.
     *
     * @param sources every generated file by path relative to a source root
     * @param sandboxSources those of {@code sources} that only the sandbox needs (empty without a sandbox), for a
     *     build that keeps them with its test sources
     */
    public record Generated(Loaded loaded, Optional<SortedMap<String, String>> sources,
            SortedMap<String, String> sandboxSources) {}

    /**
     * Loads the specs under {@code paths} and renders their Java sources, by path relative to a source root;
     * nothing is written. A model that the chosen runtime cannot serve (common error codes of its own with
     * {@link RuntimeMode#DEPENDENCY}) is reported like any spec problem.
     */
    public Generated generate(List<Path> paths, String basePackage, EmitOptions options) {
        Read read = read(paths);
        Loaded loaded = read.loaded();
        if (loaded.model().isPresent() && options.runtime() == RuntimeMode.DEPENDENCY
                && !JavaEmitter.commonErrorsFitTheRuntime(loaded.model().get())) {
            loaded.diagnostics().error(read.commonErrors(), "these common error codes differ from those of"
                    + " tcgen-runtime " + version() + ", which runtime=dependency uses; generate with runtime=embedded,"
                    + " or leave the common error codes to tcgen");
            loaded = new Loaded(Optional.empty(), loaded.diagnostics(), loaded.files());
        }
        if (loaded.model().isEmpty()) {
            return new Generated(loaded, Optional.empty(), new TreeMap<>());
        }
        SortedMap<String, String> sources = render(loaded.model().get(), basePackage, options);
        return new Generated(loaded, Optional.of(sources), sandboxPart(sources, loaded.model().get(), basePackage, options));
    }

    /** The Java sources for {@code model}, by path relative to a source root, ready to write. */
    public SortedMap<String, String> render(Model model, String basePackage) {
        return render(model, basePackage, EmitOptions.defaults());
    }

    /**
     * As {@link #render(Model, String)}, with what to emit beyond the bindings (e.g. the sandbox). The files are
     * independent, so they are made on all cores; their order, and so the output, does not depend on which
     * finishes first.
     */
    public SortedMap<String, String> render(Model model, String basePackage, EmitOptions options) {
        JavaEmitter emitter = new JavaEmitter(basePackage, options);
        List<SourceWriter.Rendered> files = new ArrayList<>(emitter.runtimeCopies());
        files.addAll(emitter.modelArtifacts(model).parallelStream()
                .map(artifact -> SourceWriter.render(artifact.get()))
                .toList());
        return SourceWriter.collect(files);
    }

    /** What of {@code sources} only the sandbox needs: each service's sandbox and the runtime it runs on. */
    private static SortedMap<String, String> sandboxPart(SortedMap<String, String> sources, Model model,
            String basePackage, EmitOptions options) {
        SortedMap<String, String> sandbox = new TreeMap<>();
        for (String path : new JavaEmitter(basePackage, options).sandboxPaths(model)) {
            sandbox.put(path, sources.get(path));
        }
        return sandbox;
    }

    private static RawSpec builtInCommonErrors(SpecReader reader) {
        try (InputStream in = Generator.class.getResourceAsStream(BUILT_IN_COMMON_ERRORS)) {
            if (in == null) {
                throw new IllegalStateException("the tcgen jar lacks " + BUILT_IN_COMMON_ERRORS);
            }
            Diagnostics diagnostics = new Diagnostics();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return reader.read("tcgen:" + BUILT_IN_COMMON_ERRORS, text, diagnostics)
                    .filter(spec -> !diagnostics.hasErrors())
                    .orElseThrow(() -> new IllegalStateException("the built-in common error codes do not load: "
                            + diagnostics.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
