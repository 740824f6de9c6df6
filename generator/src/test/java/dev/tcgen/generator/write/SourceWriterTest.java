package dev.tcgen.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWriterTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path out;

    private static SortedMap<String, String> sources(String... pathsAndTexts) {
        SortedMap<String, String> sources = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            sources.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return sources;
    }

    private String read(String relative) throws IOException {
        return Files.readString(out.resolve(relative), StandardCharsets.UTF_8);
    }

    @Test
    void writesEverySourceAndListsItInTheManifest() throws IOException {
        SourceWriter.Result result = new SourceWriter().write(out, sources("a/A.java", "class A {}", "b/B.java", "class B {}"));

        assertEquals(List.of("a/A.java", "b/B.java"), result.written());
        assertEquals("class A {}", read("a/A.java"));
        assertEquals("class B {}", read("b/B.java"));
        assertEquals(List.of("a/A.java", "b/B.java"), SourceWriter.readManifest(out));
    }

    @Test
    void leavesAnUnchangedFileAloneAndRewritesAChangedOne() throws IOException {
        SourceWriter writer = new SourceWriter();
        writer.write(out, sources("a/A.java", "class A {}", "a/B.java", "class B {}"));
        Files.setLastModifiedTime(out.resolve("a/A.java"), LONG_AGO);
        Files.setLastModifiedTime(out.resolve("a/B.java"), LONG_AGO);

        SourceWriter.Result result = writer.write(out, sources("a/A.java", "class A {}", "a/B.java", "class B { int x; }"));

        assertEquals(List.of("a/B.java"), result.written());
        assertEquals(List.of("a/A.java"), result.unchanged());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("a/A.java")));
        assertEquals("class B { int x; }", read("a/B.java"));
    }

    @Test
    void deletesWhatItNoLongerGeneratesWithItsEmptyDirectories() throws IOException {
        SourceWriter writer = new SourceWriter();
        writer.write(out, sources("a/A.java", "class A {}", "gone/deep/G.java", "class G {}"));

        SourceWriter.Result result = writer.write(out, sources("a/A.java", "class A {}"));

        assertEquals(List.of("gone/deep/G.java"), result.deleted());
        assertFalse(Files.exists(out.resolve("gone")));
        assertEquals(List.of("a/A.java"), SourceWriter.readManifest(out));
    }

    @Test
    void neverTouchesFilesItDidNotWrite() throws IOException {
        Files.createDirectories(out.resolve("a"));
        Files.writeString(out.resolve("a/Mine.java"), "class Mine {}");
        Files.writeString(out.resolve("notes.txt"), "keep");
        SourceWriter writer = new SourceWriter();
        writer.write(out, sources("a/A.java", "class A {}"));

        writer.write(out, sources("b/B.java", "class B {}"));

        assertEquals("class Mine {}", read("a/Mine.java"));
        assertEquals("keep", read("notes.txt"));
        assertFalse(Files.exists(out.resolve("a/A.java")));
    }

    @Test
    void refusesToOverwriteAForeignFileAndWritesNothing() throws IOException {
        Files.createDirectories(out.resolve("a"));
        Files.writeString(out.resolve("a/A.java"), "class A { /* by hand */ }");

        SourceWriter.ForeignFileException e = assertThrows(SourceWriter.ForeignFileException.class,
                () -> new SourceWriter().write(out, sources("a/A.java", "class A {}", "b/B.java", "class B {}")));

        assertTrue(e.getMessage().contains("A.java"), e.getMessage());
        assertEquals("class A { /* by hand */ }", read("a/A.java"));
        assertFalse(Files.exists(out.resolve("b/B.java")));
    }

    @Test
    void adoptsAForeignFileThatAlreadyHasTheGeneratedBytes() throws IOException {
        Files.createDirectories(out.resolve("a"));
        Files.writeString(out.resolve("a/A.java"), "class A {}");

        SourceWriter.Result result = new SourceWriter().write(out, sources("a/A.java", "class A {}"));

        assertEquals(List.of("a/A.java"), result.unchanged());
        assertEquals(List.of("a/A.java"), SourceWriter.readManifest(out));
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        new SourceWriter().write(out, sources("a/A.java", "class A {}"));
        new SourceWriter().write(out, sources("a/A.java", "class A { }"));

        try (var files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void refusesAManifestEntryOutsideTheOutputDirectory() throws IOException {
        Files.writeString(out.resolve(SourceWriter.MANIFEST), "../outside.java\n");

        assertThrows(IllegalArgumentException.class, () -> new SourceWriter().write(out, sources("a/A.java", "class A {}")));
    }

    @Test
    void renderRefusesTwoArtifactsForOneFile() {
        JavaFile first = JavaFile.builder("p", TypeSpec.classBuilder("Same").build()).build();
        JavaFile second = JavaFile.builder("p", TypeSpec.interfaceBuilder("Same").build()).build();

        assertThrows(IllegalStateException.class, () -> SourceWriter.render(List.of(first, second)));
    }

    @Test
    void renderPlacesEachFileUnderItsPackage() {
        JavaFile file = JavaFile.builder("p.q", TypeSpec.classBuilder("T").build()).build();

        assertEquals(List.of("p/q/T.java"), List.copyOf(SourceWriter.render(List.of(file)).keySet()));
    }
}
