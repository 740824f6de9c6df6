package dev.tcgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.Generator;
import dev.tcgen.generator.write.ContentChecksum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeFingerprintTest {

    @TempDir
    Path classes;

    private static String checkOf(Path location) throws IOException {
        ContentChecksum checksum = new ContentChecksum();
        CodeFingerprint.check(location, checksum);
        return checksum.value();
    }

    /** Rewrites {@code file} with {@code content}, then puts its modification time back, as {@code cp -p} would. */
    private static void replaceKeepingTime(Path file, byte[] content) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        Files.write(file, content);
        Files.setLastModifiedTime(file, modified);
    }

    @Test
    void aChangedClassFileChangesTheFingerprintEvenWithTheSameSizeAndTime() throws IOException {
        Files.createDirectories(classes.resolve("p"));
        Files.write(classes.resolve("p/A.class"), new byte[] {1, 2, 3});
        String before = checkOf(classes);

        replaceKeepingTime(classes.resolve("p/A.class"), new byte[] {1, 2, 4});

        assertNotEquals(before, checkOf(classes));
    }

    @Test
    void aChangedJarChangesTheFingerprintEvenWithTheSameSizeAndTime() throws IOException {
        Path jar = Files.write(classes.resolve("generator.jar"), new byte[] {'P', 'K', 3, 4, 10, 20});
        String before = checkOf(jar);

        replaceKeepingTime(jar, new byte[] {'P', 'K', 3, 4, 10, 21});

        assertNotEquals(before, checkOf(jar));
    }

    @Test
    void aMovedFileChangesTheFingerprint() throws IOException {
        Files.createDirectories(classes.resolve("p"));
        Files.write(classes.resolve("p/A.class"), new byte[] {1});
        String before = checkOf(classes);

        Files.move(classes.resolve("p/A.class"), classes.resolve("p/B.class"));

        assertNotEquals(before, checkOf(classes));
    }

    @Test
    void bytesMovedBetweenFilesChangeTheFingerprint() throws IOException {
        Files.createDirectories(classes.resolve("p"));
        Files.write(classes.resolve("p/A.class"), new byte[] {1, 2});
        Files.write(classes.resolve("p/B.class"), new byte[] {3});
        String before = checkOf(classes);

        Files.write(classes.resolve("p/A.class"), new byte[] {1});
        Files.write(classes.resolve("p/B.class"), new byte[] {2, 3});

        assertNotEquals(before, checkOf(classes));
    }

    @Test
    void theSameCodeGivesTheSameFingerprint() throws IOException {
        assertEquals(CodeFingerprint.of(Generator.class), CodeFingerprint.of(Generator.class));
        assertTrue(CodeFingerprint.of(Generator.class).startsWith("crc64:"), CodeFingerprint.of(Generator.class));
    }
}
