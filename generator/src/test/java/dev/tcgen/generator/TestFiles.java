package dev.tcgen.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the tests find the repository and their resources. The test resources are read from the source tree,
 * not from target/test-classes, so that the golden switch rewrites the files that are committed.
 */
public final class TestFiles {

    private TestFiles() {}

    /** The repository root: surefire passes it as {@code tcgen.repo}; an IDE run from the module falls back to {@code ..}. */
    public static Path repo() {
        String property = System.getProperty("tcgen.repo");
        return (property == null || property.isBlank() ? Path.of("..") : Path.of(property)).toAbsolutePath().normalize();
    }

    public static Path testResources() {
        return repo().resolve("generator/src/test/resources");
    }

    /** Whether {@code -Dgolden.update=true} asks the tests to rewrite their expected files. */
    public static boolean updateGolden() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a directory matching {@code filter}, sorted by name. */
    public static List<Path> list(Path directory, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
