package dev.tcgen.omics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: output, and the contract's exit status for each outcome. */
@Timeout(120)
class OmicsCliTest {

    private static final String DEMO = Connection.DEMO_RUN_UUID;
    private static final Map<String, String> CREDENTIALS = Map.of(
            "TENCENTCLOUD_SECRET_ID", "AKIDtest", "TENCENTCLOUD_SECRET_KEY", "test-key-never-shown");

    @TempDir
    Path home;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {}

    private Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new OmicsCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment, home, false).run(args);
        Run run = new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), "no stack trace:\n" + run.err());
        return run;
    }

    private Run run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void treeOfTheDemoRunIsExactlyTheGoldenOutput() throws IOException {
        Run run = run("tree", "--sandbox", "--run-uuid", DEMO);
        assertEquals(0, run.status(), run.err());
        assertEquals(resource("demo-tree.txt"), run.out());
    }

    @Test
    void treeAsJsonNestsChildrenAndSummarises() throws IOException {
        Run run = run("tree", "--sandbox", "--json", "--run-uuid", DEMO);
        assertEquals(0, run.status(), run.err());
        JsonNode tree = new ObjectMapper().readTree(run.out());
        assertEquals(DEMO, tree.get("RunUuid").asText());
        assertEquals(20, tree.at("/Summary/Calls").asInt());
        assertEquals(3, tree.at("/Summary/ByStatus/FAILED").asInt());
        JsonNode perSample = tree.get("Calls").get(2);
        assertEquals("per_sample", perSample.get("CallName").asText());
        assertEquals("bwa mem exited with code 137 (out of memory)",
                new ObjectMapper().readTree(perSample.at("/Children/1/Children/0/ErrorMessage").asText()).get("message").asText());
    }

    @Test
    void callsPrintsOneLevelAsATableInOrder() {
        Run run = run("calls", "--sandbox", "--run-uuid", DEMO, "--path", "/8e6bdfa7-5acd-4b6c-8fbe-7dacebd0ef06");
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(4, lines.length, run.out());
        assertTrue(lines[0].matches("NAME +TYPE +STATUS +SCATTER +START +END +DURATION"), lines[0]);
        assertTrue(lines[1].matches("per_sample +Workflow +COMPLETE +0 +2024-03-14T09:04:21\\+08:00 +2024-03-14T10:12:33\\+08:00 +1h08m12s"),
                lines[1]);
        assertTrue(lines[2].contains("FAILED") && lines[2].contains(" 1 "), lines[2]);
    }

    @Test
    void callsAsJsonIsTheResponse() throws IOException {
        Run run = run("calls", "--sandbox", "--json", "--run-uuid", "84232c68-a016-4668-b2e3-168a175d6f29");
        assertEquals(0, run.status(), run.err());
        JsonNode response = new ObjectMapper().readTree(run.out());
        assertEquals("sub_workflow", response.at("/Calls/0/CallName").asText());
        assertFalse(response.get("RequestId").asText().isEmpty());
    }

    @Test
    void anApiErrorExitsWithOneAndPrintsCodeMessageAndRequestId() {
        Run run = run("calls", "--sandbox", "--run-uuid", "no-such-run");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("ResourceNotFound: "), run.err());
        assertTrue(run.err().contains("no-such-run"), run.err());
        assertTrue(run.err().matches("(?s).*RequestId: [0-9a-f-]{36}.*"), run.err());
        assertEquals("", run.out());

        Run tree = run("tree", "--sandbox", "--run-uuid", "no-such-run");
        assertEquals(1, tree.status());
        assertTrue(tree.err().contains("ResourceNotFound: "), tree.err());
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        assertUsage(run(), "Usage:");
        assertUsage(run("calls", "--sandbox"), "missing --run-uuid");
        assertUsage(run("tree", "--sandbox", "--run-uuid", DEMO, "--path", "/"), "unknown option --path for 'tree'");
        assertUsage(run("calls", "--run-uuid"), "--run-uuid needs a value");
        assertUsage(run("calls", "--sandbox", "--run-uuid", DEMO, "--json=yes"), "--json takes no value");
        assertUsage(run("trees"), "unknown command 'trees'");
        assertUsage(run("calls", "--sandbox", "--endpoint", "http://127.0.0.1:1", "--run-uuid", DEMO), "exclude each other");
        assertUsage(run(CREDENTIALS, "calls", "--endpoint", "ftp://example.com", "--run-uuid", DEMO), "--endpoint");
        assertUsage(run(CREDENTIALS, "calls", "--path", "x", "--run-uuid", DEMO), "--path must start with /");
        Run noCredentials = run("calls", "--run-uuid", DEMO);
        assertUsage(noCredentials, "no credentials");
    }

    @Test
    void aTransportFailureExitsWithThree() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Run calls = run(CREDENTIALS, "calls", "--endpoint", "http://127.0.0.1:" + port, "--run-uuid", DEMO);
        assertEquals(3, calls.status(), calls.err());
        assertTrue(calls.err().contains("could not connect"), calls.err());
        assertFalse(calls.err().contains("test-key-never-shown"));

        Run tree = run(CREDENTIALS, "tree", "--endpoint", "http://127.0.0.1:" + port, "--run-uuid", DEMO);
        assertEquals(3, tree.status(), tree.err());
    }

    @Test
    void everyCommandHasHelp() {
        Run calls = run("calls", "--help");
        assertEquals(0, calls.status());
        assertTrue(calls.out().contains("--project-id"));
        Run tree = run("tree", "--help");
        assertEquals(0, tree.status());
        assertTrue(tree.out().contains("summary"));
        Run help = run("help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains(DEMO), "the overview names the demo run");
    }

    private static void assertUsage(Run run, String inMessage) {
        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.err().contains(inMessage), run.err());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OmicsCliTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
