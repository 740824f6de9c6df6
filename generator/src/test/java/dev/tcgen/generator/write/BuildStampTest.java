package dev.tcgen.generator.write;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStampTest {

    @TempDir
    Path out;

    private final SortedMap<String, String> sources = new TreeMap<>();

    private static BuildStamp stamp(String version, String basePackage, String spec) {
        return BuildStamp.builder(version)
                .option("basePackage", basePackage)
                .option("specs", "/project/src/main/tcgen")
                .input("/project/src/main/tcgen/svc.yaml", spec.getBytes(StandardCharsets.UTF_8))
                .input("tcgen:common/errors.yaml", "commonErrors: {}".getBytes(StandardCharsets.UTF_8))
                .build();
    }

    @BeforeEach
    void generateOnce() throws IOException {
        sources.put("p/A.java", "class A {}");
        sources.put("p/B.java", "class B {}");
        new SourceWriter().write(out, sources);
        stamp("1.0", "p", "spec v1").record(out, sources);
    }

    @Test
    void matchesTheSameInputsAndOutputs() throws IOException {
        assertTrue(stamp("1.0", "p", "spec v1").isUpToDate(out));
    }

    @Test
    void aChangedSpecByteIsNotUpToDate() throws IOException {
        assertFalse(stamp("1.0", "p", "spec v2").isUpToDate(out));
    }

    @Test
    void aChangedOptionIsNotUpToDate() throws IOException {
        assertFalse(stamp("1.0", "q", "spec v1").isUpToDate(out));
    }

    @Test
    void anotherGeneratorVersionIsNotUpToDate() throws IOException {
        assertFalse(stamp("1.1", "p", "spec v1").isUpToDate(out));
    }

    @Test
    void anAddedOrRemovedInputIsNotUpToDate() throws IOException {
        BuildStamp fewer = BuildStamp.builder("1.0").option("basePackage", "p").option("specs", "/project/src/main/tcgen")
                .input("/project/src/main/tcgen/svc.yaml", "spec v1".getBytes(StandardCharsets.UTF_8)).build();
        BuildStamp more = BuildStamp.builder("1.0").option("basePackage", "p").option("specs", "/project/src/main/tcgen")
                .input("/project/src/main/tcgen/svc.yaml", "spec v1".getBytes(StandardCharsets.UTF_8))
                .input("tcgen:common/errors.yaml", "commonErrors: {}".getBytes(StandardCharsets.UTF_8))
                .input("/project/src/main/tcgen/other.yaml", "x".getBytes(StandardCharsets.UTF_8)).build();

        assertFalse(fewer.isUpToDate(out));
        assertFalse(more.isUpToDate(out));
    }

    @Test
    void aDeletedGeneratedFileIsNotUpToDate() throws IOException {
        Files.delete(out.resolve("p/B.java"));

        assertFalse(stamp("1.0", "p", "spec v1").isUpToDate(out));
    }

    @Test
    void aGeneratedFileReplacedByADirectoryIsNotUpToDate() throws IOException {
        Files.delete(out.resolve("p/B.java"));
        Files.createDirectory(out.resolve("p/B.java"));

        assertFalse(stamp("1.0", "p", "spec v1").isUpToDate(out));
    }

    @Test
    void aGeneratedFileEditedByHandIsNotUpToDate() throws IOException {
        Files.writeString(out.resolve("p/B.java"), "class B { int edited; }");

        assertFalse(stamp("1.0", "p", "spec v1").isUpToDate(out));
    }

    @Test
    void aGeneratedFileEditedKeepingItsSizeAndTimeIsNotUpToDate() throws IOException {
        Path file = out.resolve("p/B.java");
        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, "class C {}");
        Files.setLastModifiedTime(file, modified);

        assertFalse(stamp("1.0", "p", "spec v1").isUpToDate(out));
    }

    @Test
    void aSpecChangedInOneByteKeepingItsLengthIsNotUpToDate() throws IOException {
        assertFalse(stamp("1.0", "p", "spec v0").isUpToDate(out));
    }

    @Test
    void aStampInTheFormerFormatIsNotUpToDate() throws IOException {
        Path stampFile = out.resolve(BuildStamp.FILE);
        Files.writeString(stampFile, Files.readString(stampFile).replace("tcgen build stamp 2", "tcgen build stamp 1"));

        assertFalse(stamp("1.0", "p", "spec v1").isUpToDate(out));
    }

    @Test
    void aManifestThatDisagreesIsNotUpToDate() throws IOException {
        Files.writeString(out.resolve(SourceWriter.MANIFEST), "p/A.java\n");

        assertFalse(stamp("1.0", "p", "spec v1").isUpToDate(out));
    }

    @Test
    void anInvalidatedStampIsNotUpToDate() throws IOException {
        BuildStamp.invalidate(out);

        assertFalse(stamp("1.0", "p", "spec v1").isUpToDate(out));
    }

    @Test
    void anUnreadableInputIsNeverUpToDate() throws IOException {
        BuildStamp unreadable = BuildStamp.builder("1.0").unreadable("/project/src/main/tcgen/svc.yaml").build();
        unreadable.record(out, sources);

        assertFalse(unreadable.isUpToDate(out));
    }

    @Test
    void optionValuesCannotForgeLines() throws IOException {
        BuildStamp forged = BuildStamp.builder("1.0").option("basePackage", "p\noption specs = x").build();
        BuildStamp plain = BuildStamp.builder("1.0").option("basePackage", "p").option("specs", "x").build();
        forged.record(out, sources);

        assertTrue(forged.isUpToDate(out));
        assertFalse(plain.isUpToDate(out));
    }

    @Test
    void filesFoundOutsideTheStampDoNotMatter() throws IOException {
        Files.writeString(out.resolve("p/Mine.java"), "class Mine {}");

        assertTrue(stamp("1.0", "p", "spec v1").isUpToDate(out));
    }
}
