package dev.tcgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The shared {@code core} package as tcgen's own build rendered it. The core is the same for every spec up to
 * its package name, and rendering it through JavaPoet in a fresh JVM is most of a small service's generation
 * time; so the build renders it once, for a placeholder base package, and each generation copies the texts
 * with its own base package put in. The emitters stay the only source: the copies are made from them by every
 * build ({@code generator/pom.xml} runs {@link #main} after compiling), and a test compares them with a live
 * rendering for several base packages.
 *
 * <p>A copy is used only when putting the package in cannot change anything else: the placeholder must appear
 * in the package line alone, and the core package must not be one the core imports from (JavaPoet would not
 * import a type from its own package). Otherwise, or when the copies are missing, the caller renders the core.
 */
public final class PrerenderedCore {

    /** The base package the copies are rendered for. */
    static final String PLACEHOLDER = "tcgen.prerendered.base";

    /** One resource holds every copy, so that a generation opens the jar once: see {@link #main}. */
    private static final String RESOURCE = "prerendered-core.txt";

    private PrerenderedCore() {}

    /**
     * Writes the copies under the classes directory {@code args[0]}; run by the build, not by users. Each
     * copy is a line {@code NAME SANDBOX_ONLY LENGTH} followed by LENGTH characters of source.
     */
    public static void main(String[] args) throws IOException {
        Path resource = Path.of(args[0]).resolve(PrerenderedCore.class.getPackageName().replace('.', '/'))
                .resolve(RESOURCE);
        List<String> bindings = new ArrayList<>();
        StringBuilder copies = new StringBuilder();
        for (boolean sandbox : new boolean[] {false, true}) {
            for (Supplier<JavaFile> artifact : new JavaEmitter(PLACEHOLDER, new EmitOptions(sandbox)).coreArtifacts()) {
                JavaFile file = artifact.get();
                String name = file.typeSpec().name();
                if (!sandbox) {
                    bindings.add(name);
                } else if (bindings.contains(name)) {
                    continue;
                }
                String text = file.toString();
                copies.append(name).append(' ').append(sandbox).append(' ').append(text.length()).append('\n').append(text);
            }
        }
        Files.createDirectories(resource.getParent());
        Files.writeString(resource, copies, StandardCharsets.UTF_8);
    }

    /**
     * The core's sources for {@code basePackage}, by path relative to a source root, exactly as rendering
     * {@link JavaEmitter#coreArtifacts()} would give them; empty when the copies are missing or cannot be used
     * for this package.
     */
    public static Optional<Map<String, String>> sources(String basePackage, EmitOptions options) {
        String copies = resource();
        if (copies == null) {
            return Optional.empty();
        }
        String corePackage = new GeneratedNames(basePackage).corePackage();
        String placeholderLine = "package " + new GeneratedNames(PLACEHOLDER).corePackage() + ";\n";
        Map<String, String> sources = new LinkedHashMap<>();
        int at = 0;
        while (at < copies.length()) {
            int lineEnd = copies.indexOf('\n', at);
            String[] header = copies.substring(at, lineEnd).split(" ");
            int start = lineEnd + 1;
            int end = start + Integer.parseInt(header[2]);
            at = end;
            if (Boolean.parseBoolean(header[1]) && !options.sandbox()) {
                continue;
            }
            String text = copies.substring(start, end);
            if (!text.startsWith(placeholderLine)
                    || text.indexOf(PLACEHOLDER, placeholderLine.length()) >= 0
                    || text.contains("\nimport " + corePackage + ".")
                    || text.contains("\nimport static " + corePackage + ".")) {
                return Optional.empty();
            }
            String path = corePackage.replace('.', '/') + "/" + header[0] + ".java";
            sources.put(path, "package " + corePackage + ";\n" + text.substring(placeholderLine.length()));
        }
        return Optional.of(sources);
    }

    private static String resource() {
        try (InputStream in = PrerenderedCore.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
