package dev.tcgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.generator.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import, diff and openapi commands as a user runs them: output files, messages and exit status. */
class EvolutionCommandsTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path importOmics(String revision, String name, String... more) {
        Path output = temp.resolve(name);
        String[] args = {"import", "--api", Fixtures.tencent(revision + "/api.json").toString(),
                "--examples", Fixtures.tencent(revision + "/examples.json").toString(),
                "--errors", Fixtures.tencent("omics-error-codes.json").toString(), "--output", output.toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        assertEquals(0, run(all), stderr());
        return output;
    }

    @Test
    void importWritesASpecThatChecksAndReportsWhatItCouldNotKeep() throws Exception {
        Path spec = importOmics("en", "grc.yaml", "--action", "GetRunCalls");
        assertTrue(stdout().contains("imported 1 action(s), 1 type(s) and 46 error code(s) of omics 2022-11-28"), stdout());
        assertTrue(stderr().contains("  - whether Region is required is not in the source; regionRequired: true assumed (1): GetRunCalls"), stderr());
        assertTrue(Files.readString(spec).startsWith("# Imported by 'tcgen import'"));
        assertEquals(0, run("check", "--spec", spec.toString()), stderr());
    }

    @Test
    void importFailuresAndUsageErrorsHaveTheirExitStatus() throws Exception {
        Path output = temp.resolve("x.yaml");
        assertEquals(1, run("import", "--api", Fixtures.tencent("en/api.json").toString(), "--action", "NoSuchAction",
                "--output", output.toString()));
        assertTrue(stderr().contains("api.json has no action 'NoSuchAction'"), stderr());
        Path broken = Files.writeString(temp.resolve("broken.json"), "{not json");
        assertEquals(1, run("import", "--api", broken.toString(), "--output", output.toString()));
        assertTrue(stderr().startsWith("tcgen: cannot import: " + broken + ": not valid JSON"), stderr());
        assertEquals(2, run("import", "--output", output.toString()));
        assertTrue(stderr().contains("missing --api"), stderr());
        assertEquals(2, run("import", "--api", "a.json", "--output", "x.yaml", "--bogus"));
        assertTrue(Files.notExists(output));
    }

    @Test
    void diffExitsOneOnBreakingChangesAndZeroOtherwise() throws Exception {
        Path english = importOmics("en", "en.yaml");
        Path tccli = importOmics("tccli", "tccli.yaml");
        assertEquals(0, run("diff", english.toString(), tccli.toString()), stderr());
        assertTrue(stdout().contains("\n0 breaking, "), stdout());
        assertEquals(1, run("diff", tccli.toString(), english.toString(), "--json"));
        JsonNode report = new ObjectMapper().readTree(stdout());
        assertTrue(report.path("breaking").asInt() > 0);
        assertEquals("breaking", report.path("changes").path(0).path("severity").asText());
        assertEquals(2, run("diff", english.toString()));
        assertEquals(2, run("diff", english.toString(), tccli.toString(), "--jsn"));
        Path invalid = Files.writeString(temp.resolve("invalid.yaml"), "tcgen: 1\nservice:\n  name: Bad\n");
        assertEquals(1, run("diff", invalid.toString(), english.toString()));
        assertTrue(stderr().contains("invalid.yaml:"), stderr());
    }

    @Test
    void diffOfDirectoriesWithSeveralVersionsComparesEachVersionWithItself() throws Exception {
        // old/ and new/ each hold omics 2021-01-01 and 2022-11-28; only 2022-11-28 lost a field in new/.
        String v2022 = Files.readString(Fixtures.handWrittenOmicsSpec());
        String v2021 = v2022.replace("version: \"2022-11-28\"", "version: \"2021-01-01\"");
        String withoutWorkDir = v2022.replace("      WorkDir:\n        type: string\n        description: Working directory\n", "");
        assertTrue(withoutWorkDir.length() < v2022.length());
        Path old = Files.createDirectories(temp.resolve("old"));
        Files.writeString(old.resolve("omics-2021-01-01.yaml"), v2021);
        Files.writeString(old.resolve("omics-2022-11-28.yaml"), v2022);
        Path now = Files.createDirectories(temp.resolve("new"));
        Files.writeString(now.resolve("omics-2021-01-01.yaml"), v2021);
        Files.writeString(now.resolve("omics-2022-11-28.yaml"), withoutWorkDir);

        assertEquals(1, run("diff", old.toString(), now.toString()), stderr());

        assertEquals("Changes from " + old + " to " + now + ":\n"
                + "  breaking   omics@2022-11-28:RunMetadata.WorkDir: field removed (workDir() is gone) [field-removed]\n"
                + "1 breaking, 0 compatible change(s)\n", stdout());
        assertEquals(0, run("diff", old.toString(), old.toString()), stderr());
        assertTrue(stdout().contains("\n0 breaking, 0 compatible"), stdout());
    }

    @Test
    void openapiWritesJsonOrYamlByExtension() throws Exception {
        Path spec = Fixtures.handWrittenOmicsSpec();
        Path json = temp.resolve("out/omics.json");
        assertEquals(0, run("openapi", "--spec", spec.toString(), "--output", json.toString()), stderr());
        assertEquals("3.0.3", new ObjectMapper().readTree(json.toFile()).path("openapi").asText());
        Path yaml = temp.resolve("omics.yaml");
        assertEquals(0, run("openapi", "--spec", spec.toString(), "--output", yaml.toString()), stderr());
        assertTrue(Files.readString(yaml).startsWith("openapi: \"3.0.3\""), Files.readString(yaml).substring(0, 40));
        assertEquals(2, run("openapi", "--spec", spec.toString(), "--output", temp.resolve("omics.txt").toString()));
        assertEquals(1, run("openapi", "--spec", temp.resolve("missing.yaml").toString(), "--output", json.toString()));
    }
}
