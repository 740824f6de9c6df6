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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Writes generated sources reproducibly: the same sources give the same bytes, an unchanged file is left
 * alone (bytes and timestamp), files tcgen wrote before and no longer generates are removed, and files it
 * never wrote are never touched. A manifest in the output directory remembers what tcgen wrote.
 */
public final class SourceWriter {

    /** Numbers the temporary files of this JVM, so that two threads never try the same name. */
    private static final AtomicLong TEMPORARY_NAMES = new AtomicLong();

    /** Lists, one relative path a line, the files tcgen wrote into an output directory. */
    public static final String MANIFEST = ".tcgen-files";

    /** What one write did, by relative path. */
    public record Result(List<String> written, List<String> unchanged, List<String> deleted) {}

    /** A generated file would replace a file that tcgen did not write; nothing was written. */
    public static final class ForeignFileException extends IOException {
        private static final long serialVersionUID = 1L;

        ForeignFileException(Path file) {
            super("refusing to overwrite " + file + ": tcgen did not write it (it is not listed in " + MANIFEST
                    + "); move it away or choose another output directory");
        }
    }

    /** One generated file: its path relative to the source root, and its text. */
    public record Rendered(String path, String text) {}

    /** Renders one file; JavaPoet's files are immutable, so files may render on any thread. */
    public static Rendered render(JavaFile file) {
        String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        return new Rendered(path, file.toString());
    }

    /** Renders each file to its path relative to the source root; see {@link #collect}. */
    public static SortedMap<String, String> render(List<JavaFile> files) {
        return collect(files.stream().map(SourceWriter::render).toList());
    }

    /**
     * The rendered files by path, in path order whatever order they came in. Two artifacts for one file are a
     * generator bug or a name clash the model missed; either way, nothing may be silently overwritten.
     */
    public static SortedMap<String, String> collect(List<Rendered> files) {
        SortedMap<String, String> sources = new TreeMap<>();
        for (Rendered file : files) {
            if (sources.putIfAbsent(file.path(), file.text()) != null) {
                throw new IllegalStateException("two generated artifacts claim " + file.path());
            }
        }
        return sources;
    }

    /**
     * Brings {@code outputDirectory} to exactly {@code sources} as far as tcgen's own files go. Before any file
     * is written, the manifest is widened to cover both the old and the new files, so that an interrupted
     * write never leaves a generated file that a later write would take for a foreign one.
     */
    public Result write(Path outputDirectory, SortedMap<String, String> sources) throws IOException {
        Path root = outputDirectory.toAbsolutePath().normalize();
        Files.createDirectories(root);
        Set<String> previous = new TreeSet<>(readManifest(root));
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        SortedMap<String, byte[]> toWrite = new TreeMap<>();
        Set<String> absent = new HashSet<>();
        SortedMap<String, byte[]> encoded = encode(sources);
        for (var entry : encoded.entrySet()) {
            Path target = inside(root, entry.getKey());
            byte[] bytes = entry.getValue();
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged.add(entry.getKey());
            } else if (Files.exists(target) && !previous.contains(entry.getKey())) {
                throw new ForeignFileException(target);
            } else {
                toWrite.put(entry.getKey(), bytes);
                if (!Files.exists(target)) {
                    absent.add(entry.getKey());
                }
            }
        }
        SortedSet<String> everything = new TreeSet<>(previous);
        everything.addAll(sources.keySet());
        writeManifest(root, everything);
        Set<Path> directories = new HashSet<>();
        for (var entry : toWrite.entrySet()) {
            Path target = inside(root, entry.getKey());
            if (absent.contains(entry.getKey())) {
                if (directories.add(target.getParent())) {
                    Files.createDirectories(target.getParent());
                }
                writeNew(target, entry.getValue());
            } else {
                writeAtomically(target, entry.getValue());
            }
            written.add(entry.getKey());
        }
        List<String> deleted = new ArrayList<>();
        for (String old : previous) {
            if (!sources.containsKey(old)) {
                Path stale = inside(root, old);
                if (Files.deleteIfExists(stale)) {
                    deleted.add(old);
                }
                deleteEmptyParents(root, stale.getParent());
            }
        }
        writeManifest(root, sources.keySet());
        return new Result(List.copyOf(written), List.copyOf(unchanged), List.copyOf(deleted));
    }

    /**
     * Each source as UTF-8, encoded on all cores: generated Java holds Chinese text from Tencent's descriptions,
     * and encoding megabytes of such text on the writing thread alone was a tenth of the time of a large write.
     */
    private static SortedMap<String, byte[]> encode(SortedMap<String, String> sources) {
        List<Map.Entry<String, String>> entries = List.copyOf(sources.entrySet());
        byte[][] bytes = new byte[entries.size()][];
        IntStream.range(0, entries.size()).parallel()
                .forEach(i -> bytes[i] = entries.get(i).getValue().getBytes(StandardCharsets.UTF_8));
        SortedMap<String, byte[]> encoded = new TreeMap<>();
        for (int i = 0; i < bytes.length; i++) {
            encoded.put(entries.get(i).getKey(), bytes[i]);
        }
        return encoded;
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

    /**
     * Writes {@code bytes} to {@code target} through a temporary file in the same directory, so that a reader
     * (a compiler, an IDE) sees the old or the new content, never half of one.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = writeTemporary(target.getParent(), bytes);
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new file in {@code directory} holding {@code bytes}, for {@link #writeAtomically} to move into place. Not
     * {@code Files.createTempFile}: its random names cost a {@code SecureRandom} and the security providers, a
     * tenth of a second in a fresh JVM here (so on every plugin run, for the stamp), to guard a shared temporary
     * directory against guessed names; this directory is the build's own output, and {@code CREATE_NEW} never
     * follows or reuses an existing file.
     */
    private static Path writeTemporary(Path directory, byte[] bytes) throws IOException {
        while (true) {
            Path temporary = directory.resolve(new StringBuilder(".tcgen-").append(Long.toHexString(System.nanoTime()))
                    .append('-').append(TEMPORARY_NAMES.incrementAndGet()).append(".tmp").toString());
            try {
                Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return temporary;
            } catch (FileAlreadyExistsException e) {
                continue; // another writer's temporary file: take the next name
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
        }
    }

    /**
     * A file that did not exist has no reader to protect from a half-written replacement, so it is written in
     * place: on a fresh output directory that saves the temporary file and the rename of {@link #writeAtomically},
     * most of the time of a large generation on a slow file system. It is already in the widened manifest, so
     * should the process die mid-write, the next run finds it different and replaces it atomically.
     */
    private static void writeNew(Path target, byte[] bytes) throws IOException {
        try {
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            writeAtomically(target, bytes); // created meanwhile by someone else: replace it as usual
        }
    }

    private static void writeManifest(Path root, Collection<String> files) throws IOException {
        SortedSet<String> paths = new TreeSet<>(files);
        String manifest = paths.isEmpty() ? "" : String.join("\n", paths) + "\n";
        Path manifestPath = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestPath)
                || !Files.readString(manifestPath, StandardCharsets.UTF_8).equals(manifest)) {
            writeAtomically(manifestPath, manifest.getBytes(StandardCharsets.UTF_8));
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
