package dev.tcgen.generator.write;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes generated sources reproducibly: the same sources give the same bytes, an unchanged file is left
 * alone (bytes and timestamp), files tcgen wrote before and no longer generates are removed, and files it
 * never wrote are never touched. A manifest in the output directory remembers what tcgen wrote.
 */
public final class SourceWriter {

    /** Lists, one relative path a line, the files tcgen wrote into an output directory. */
    public static final String MANIFEST = ".tcgen-files";

    /** What one write did, by relative path. */
    public record Result(List<String> written, List<String> unchanged, List<String> deleted) {}

    /**
     * Renders each file to its path relative to the source root. Two artifacts for one file are a
     * generator bug or a name clash the model missed; either way, nothing may be silently overwritten.
     */
    public static SortedMap<String, String> render(List<JavaFile> files) {
        // Rendering is most of a large generation's time (JavaPoet); files are independent and immutable, so
        // they render in parallel. The map is filled in the given order, so the result does not depend on it.
        List<String> texts = files.parallelStream().map(JavaFile::toString).toList();
        SortedMap<String, String> sources = new TreeMap<>();
        for (int i = 0; i < files.size(); i++) {
            JavaFile file = files.get(i);
            String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
            String previous = sources.putIfAbsent(path, texts.get(i));
            if (previous != null) {
                throw new IllegalStateException("two generated artifacts claim " + path);
            }
        }
        return sources;
    }

    public Result write(Path outputDirectory, SortedMap<String, String> sources) throws IOException {
        Path root = outputDirectory.toAbsolutePath().normalize();
        Files.createDirectories(root);
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<Path> directories = new HashSet<>();
        for (var entry : sources.entrySet()) {
            Path target = inside(root, entry.getKey());
            byte[] bytes = entry.getValue().getBytes(StandardCharsets.UTF_8);
            boolean exists = Files.isRegularFile(target);
            if (exists && Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged.add(entry.getKey());
                continue;
            }
            if (exists) {
                writeAtomically(target, bytes);
            } else {
                if (directories.add(target.getParent())) {
                    Files.createDirectories(target.getParent());
                }
                writeNew(target, bytes);
            }
            written.add(entry.getKey());
        }
        List<String> deleted = new ArrayList<>();
        for (String previous : readManifest(root)) {
            if (!sources.containsKey(previous)) {
                Path stale = inside(root, previous);
                if (Files.deleteIfExists(stale)) {
                    deleted.add(previous);
                }
                deleteEmptyParents(root, stale.getParent());
            }
        }
        String manifest = String.join("\n", sources.keySet()) + "\n";
        Path manifestPath = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestPath)
                || !Files.readString(manifestPath, StandardCharsets.UTF_8).equals(manifest)) {
            writeAtomically(manifestPath, manifest.getBytes(StandardCharsets.UTF_8));
        }
        return new Result(List.copyOf(written), List.copyOf(unchanged), List.copyOf(deleted));
    }

    /** The files a previous run wrote, as its manifest lists them; none when there is no manifest. */
    public static List<String> readManifest(Path outputDirectory) {
        Path manifest = outputDirectory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        try {
            return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolves a relative path, refusing any that would land outside the output directory. */
    private static Path inside(Path root, String relative) {
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the output directory: " + relative);
        }
        return resolved;
    }

    /**
     * A file that did not exist has no reader to protect from a half-written replacement, so it is written in
     * place: on a fresh output directory that is a third of the system calls of {@link #writeAtomically}, and
     * most of the time of a large generation on a slow file system. Should the process die mid-write, the next
     * run finds the file different and replaces it atomically.
     */
    private static void writeNew(Path target, byte[] bytes) throws IOException {
        try {
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            writeAtomically(target, bytes); // created meanwhile by someone else: replace it as usual
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".tcgen-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void deleteEmptyParents(Path root, Path directory) throws IOException {
        Path current = directory;
        while (current != null && !current.equals(root) && current.startsWith(root)) {
            try (var entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }
}
