package dev.tcgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as the contract states it: exit 0/1/2, problems on stderr one per line, nothing written on bad input. */
class MainTest {

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

    private List<String> stderrLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String omicsSpec() {
        return TestFiles.repo().resolve("spec/omics").toString();
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void generateWritesTheSourcesAndExitsZero() throws IOException {
        Path output = temp.resolve("out");
        assertEquals(0, run("generate", "--spec", omicsSpec(), "--output", output.toString()));
        assertEquals(List.of(), stderrLines());
        assertTrue(Files.isRegularFile(output.resolve("dev/tcgen/client/omics/v20221128/GetRunCallsRequest.java")));
        assertTrue(Files.isRegularFile(output.resolve("dev/tcgen/client/core/CommonErrorCode.java")));
        assertTrue(stdout().startsWith("tcgen: "), stdout());
    }

    @Test
    void runtimeDependencyImportsTheRuntimeInsteadOfCopyingIt() throws IOException {
        Path output = temp.resolve("out");
        assertEquals(0, run("generate", "--spec", omicsSpec(), "--output", output.toString(), "--runtime", "dependency"));
        assertFalse(Files.exists(output.resolve("dev/tcgen/client/core")));
        assertTrue(Files.readString(output.resolve("dev/tcgen/client/omics/v20221128/OmicsClient.java"))
                .contains("import dev.tcgen.runtime.ClientSettings;"));
    }

    @Test
    void anUnknownRuntimeIsAUsageError() {
        Path output = temp.resolve("out");
        assertEquals(2, run("generate", "--spec", omicsSpec(), "--output", output.toString(), "--runtime", "shaded"));
        assertEquals("tcgen: --runtime must be embedded or dependency, not 'shaded'", stderrLines().get(0));
        assertFalse(Files.exists(output));
    }

    @Test
    void theSandboxCanGoToItsOwnDirectory() throws IOException {
        Path output = temp.resolve("main");
        Path sandbox = temp.resolve("test");
        assertEquals(0, run("generate", "--spec", omicsSpec(), "--output", output.toString(), "--sandbox",
                "--sandbox-output", sandbox.toString()));
        assertTrue(Files.isRegularFile(sandbox.resolve("dev/tcgen/client/omics/v20221128/OmicsSandbox.java")));
        assertTrue(Files.isRegularFile(sandbox.resolve("dev/tcgen/client/core/internal/SandboxServer.java")));
        assertFalse(Files.exists(output.resolve("dev/tcgen/client/omics/v20221128/OmicsSandbox.java")));
        assertTrue(Files.isRegularFile(output.resolve("dev/tcgen/client/core/internal/Invoker.java")));
        assertEquals(2, run("generate", "--spec", omicsSpec(), "--output", output.toString(),
                "--sandbox-output", sandbox.toString()));
        assertEquals("tcgen: --sandbox-output needs --sandbox", stderrLines().get(0));
    }

    @Test
    void generatingTwiceWritesIdenticalBytes() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertEquals(0, run("generate", "--spec", omicsSpec(), "--output", first.toString()));
        assertEquals(0, run("generate", "--spec", omicsSpec(), "--output", second.toString()));
        SortedMap<String, byte[]> a = tree(first);
        SortedMap<String, byte[]> b = tree(second);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, b.get(path)), path));
    }

    @Test
    void basePackageOptionMovesTheSources() {
        Path output = temp.resolve("out");
        assertEquals(0, run("generate", "--spec", omicsSpec(), "--output", output.toString(), "--base-package", "com.example.tc"));
        assertTrue(Files.isRegularFile(output.resolve("com/example/tc/omics/v20221128/RunMetadata.java")));
    }

    @Test
    void checkValidatesWithoutWritingAndExitsZero() {
        assertEquals(0, run("check", "--spec", omicsSpec()));
        assertTrue(stdout().contains("1 service(s), 1 action(s)"), stdout());
        assertEquals(List.of(), stderrLines());
    }

    @Test
    void anInvalidSpecExitsOneWithEveryProblemOnItsOwnLineAndWritesNothing() throws IOException {
        Path spec = write("bad.yaml", """
                tcgen: 1
                service:
                  name: demo
                  version: "2024-01-01"
                  host: demo.tencentcloudapi.com
                actions:
                  GetThing:
                    description: Gets a thing.
                    regionRequired: false
                    request:
                      Id: {type: strng, requird: true}
                    response:
                      Thing: {type: Thing}
                """);
        Path output = temp.resolve("out");
        assertEquals(1, run("generate", "--spec", spec.toString(), "--output", output.toString()));
        assertEquals(List.of(
                spec + ":11:18: error: unknown type 'strng'; did you mean 'string'?",
                spec + ":11:25: error: unknown key 'requird' in field 'Id' of action 'GetThing'; did you mean 'required'?",
                spec + ":13:21: error: unknown type 'Thing'; use string, boolean, integer, float, timestamp, datetime, date, json, list<T> or a type under 'types'",
                "tcgen: 3 error(s); nothing was written"), stderrLines());
        assertFalse(Files.exists(output), "nothing may be written for an invalid spec");
        assertEquals("", stdout());

        assertEquals(1, run("check", "--spec", spec.toString()));
        assertEquals(4, stderrLines().size());
    }

    @Test
    void anInvalidSpecLeavesEarlierOutputAlone() throws IOException {
        Path output = temp.resolve("out");
        assertEquals(0, run("generate", "--spec", omicsSpec(), "--output", output.toString()));
        SortedMap<String, byte[]> before = tree(output);
        Path spec = write("bad.yaml", "tcgen: 2\n");
        assertEquals(1, run("generate", "--spec", spec.toString(), "--output", output.toString()));
        SortedMap<String, byte[]> after = tree(output);
        assertEquals(before.keySet(), after.keySet());
    }

    @Test
    void aMissingSpecFileIsInvalidInput() {
        Path missing = temp.resolve("missing.yaml");
        assertEquals(1, run("check", "--spec", missing.toString()));
        assertEquals(missing + ":1:1: error: no such spec file or directory", stderrLines().get(0));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run());
        assertTrue(String.join("\n", stderrLines()).contains("Usage:"));
        assertEquals(2, run("frobnicate"));
        assertTrue(stderrLines().get(0).contains("unknown command 'frobnicate'"), stderrLines().toString());
        assertEquals(2, run("generate", "--spec", omicsSpec()));
        assertTrue(stderrLines().get(0).contains("missing --output"), stderrLines().toString());
        assertEquals(2, run("generate", "--output", temp.toString()));
        assertTrue(stderrLines().get(0).contains("missing --spec"), stderrLines().toString());
        assertEquals(2, run("check", "--spec", omicsSpec(), "--colour"));
        assertTrue(stderrLines().get(0).contains("unknown option --colour"), stderrLines().toString());
        assertEquals(2, run("check", "--spec"));
        assertTrue(stderrLines().get(0).contains("--spec needs a value"), stderrLines().toString());
        assertEquals(2, run("generate", "--spec", omicsSpec(), "--output", temp.toString(), "--base-package", "dev.class.x"));
        assertTrue(stderrLines().get(0).contains("not a valid Java package name"), stderrLines().toString());
        assertEquals(2, run("check", "--spec", omicsSpec(), "stray"));
        assertTrue(stderrLines().get(0).contains("unexpected argument 'stray'"), stderrLines().toString());
    }

    @Test
    void helpExitsZeroOnStdout() {
        assertEquals(0, run("help"));
        assertTrue(stdout().contains("generate --spec"), stdout());
        assertEquals(List.of(), stderrLines());
    }

    private static SortedMap<String, byte[]> tree(Path root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
