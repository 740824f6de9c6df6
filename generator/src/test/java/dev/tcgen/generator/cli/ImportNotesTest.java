package dev.tcgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.tencent.ImportNote;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's notes as a user reads them: a short line per kind on stderr, every note in the {@code --notes} file. */
class ImportNotesTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int importOmics(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "--api", Fixtures.tencent("tccli/api.json").toString(),
                "--examples", Fixtures.tencent("tccli/examples.json").toString(),
                "--errors", Fixtures.tencent("omics-error-codes.json").toString(), "--output", temp.resolve("omics.yaml").toString()));
        args.addAll(List.of(more));
        out.reset();
        err.reset();
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args.toArray(String[]::new));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void stderrHasALinePerKindAndTheFileEveryNote() throws Exception {
        Path notesFile = temp.resolve("notes/omics-notes.txt");
        assertEquals(0, importOmics("--notes", notesFile.toString()), stderr());
        List<ImportNote> notes = Fixtures.importOmics("tccli").notes();
        Set<String> kinds = new LinkedHashSet<>();
        notes.forEach(note -> kinds.add(note.what()));
        assertTrue(notes.size() > 3 * kinds.size(), "the fixture has kinds with many notes");

        List<String> lines = stderr().lines().toList();
        assertEquals("tcgen: " + notes.size() + " note(s) of " + kinds.size() + " kind(s) on what the spec cannot hold or the"
                + " source does not say; all of them are in " + notesFile + ":", lines.get(0));
        List<String> kindLines = lines.subList(1, lines.size());
        assertEquals(kinds.size(), kindLines.size(), stderr());
        int i = 0;
        for (String kind : kinds) {
            long count = notes.stream().filter(note -> note.what().equals(kind)).count();
            String line = kindLines.get(i++);
            String example = notes.stream().filter(note -> note.what().equals(kind)).findFirst().orElseThrow().where();
            assertTrue(line.startsWith("  - " + kind + (count == 1 ? " (1): " : " (" + count + "), e.g. ")), line);
            assertTrue(line.endsWith(example.length() <= 160 ? example : "…"), line);
            assertTrue(line.length() < kind.length() + 200, "one example, not the whole list: " + line);
        }
        assertTrue(stderr().contains("  - whether Region is required is not in the source; regionRequired: true assumed (32), e.g. "),
                stderr());

        assertEquals(notes.stream().map(ImportNote::line).toList(), Files.readAllLines(notesFile, StandardCharsets.UTF_8));
        assertTrue(Files.readAllLines(notesFile, StandardCharsets.UTF_8).contains(
                "GetRunCalls: whether Region is required is not in the source; regionRequired: true assumed"));
    }

    @Test
    void withoutTheOptionStderrSaysHowToGetTheFullList() {
        assertEquals(0, importOmics(), stderr());
        assertTrue(stderr().lines().findFirst().orElse("").endsWith("; --notes FILE lists them all:"), stderr());
    }

    @Test
    void aNotesFileThatCannotBeWrittenFailsWithAMessage() throws Exception {
        Path directory = Files.createDirectories(temp.resolve("taken"));
        assertEquals(1, importOmics("--notes", directory.toString()));
        assertTrue(stderr().startsWith("tcgen: cannot write the notes to " + directory + ": "), stderr());
        assertEquals(2, importOmics("--notes"));
        assertTrue(stderr().contains("--notes needs a value"), stderr());
    }
}
