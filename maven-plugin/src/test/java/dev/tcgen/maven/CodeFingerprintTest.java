package dev.tcgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tcgen.generator.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeFingerprintTest {

    @TempDir
    Path classes;

    private String hashOf(Path directory) throws IOException {
        MessageDigest digest = CodeFingerprint.sha256();
        CodeFingerprint.hashDirectory(directory, digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void aChangedClassFileChangesTheFingerprint() throws IOException {
        Files.createDirectories(classes.resolve("p"));
        Files.write(classes.resolve("p/A.class"), new byte[] {1, 2, 3});
        String before = hashOf(classes);

        Files.write(classes.resolve("p/A.class"), new byte[] {1, 2, 4});

        assertNotEquals(before, hashOf(classes));
    }

    @Test
    void aMovedFileChangesTheFingerprint() throws IOException {
        Files.createDirectories(classes.resolve("p"));
        Files.write(classes.resolve("p/A.class"), new byte[] {1});
        String before = hashOf(classes);

        Files.move(classes.resolve("p/A.class"), classes.resolve("p/B.class"));

        assertNotEquals(before, hashOf(classes));
    }

    @Test
    void theSameCodeGivesTheSameFingerprint() throws IOException {
        assertEquals(CodeFingerprint.of(Generator.class), CodeFingerprint.of(Generator.class));
        assertEquals(64, CodeFingerprint.of(Generator.class).length());
    }
}
