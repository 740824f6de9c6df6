package dev.tcgen.runtime.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.TencentCloudException;
import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.TencentCloudTransportException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers a proxy, a broken load balancer or an attacker in the path could send, each exactly as the server
 * writes it: forged successes, overlong UTF-8, control characters, lying headers, values of the wrong kind. None may
 * reach the caller as data, and none may put raw control characters into a message, {@code toString()} or a log.
 * Every case checks how often the server was asked (a malformed answer is an answer: not retried), and that no
 * secret appears anywhere.
 */
@Timeout(60)
class HostileAnswersTest {

    /** A C0 control, DEL, C1, a line separator or a bidirectional control: what must never reach a message raw. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]");

    private static final RetryPolicy RETRIES = RetryPolicy.builder().maxAttempts(3)
            .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build();

    private static final String CALL = "{\"RunId\":\"run-1\",\"CallCached\":true,\"WorkDir\":\"/work\",\"Attempts\":1,"
            + "\"Size\":5,\"Progress\":0.5}";

    private SecretWatch watch;

    /** What one call did: the response or the failure, and how many requests the server read. */
    private record Outcome(RunsClient.RunsResponse response, Throwable failure, int hits) {
        TencentCloudTransportException transport() {
            return assertInstanceOf(TencentCloudTransportException.class, failure, String.valueOf(failure));
        }

        TencentCloudTransportException malformed() {
            TencentCloudTransportException e = transport();
            assertEquals(Kind.MALFORMED_RESPONSE, e.kind(), e.getMessage());
            assertEquals(1, hits, "a malformed answer is an answer: not retried");
            return e;
        }
    }

    private final List<String> clientLog = new ArrayList<>();

    /** Every record the client's own loggers write, formatted with its parameters and its exception's text. */
    private final Handler clientLogCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String thrown = "";
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                thrown = trace.toString().replace(System.lineSeparator(), " ").replace("\t", " ");
            }
            synchronized (clientLog) {
                clientLog.add(new SimpleFormatter().formatMessage(record) + thrown);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void watch() {
        watch = new SecretWatch();
        Logger.getLogger("dev.tcgen").addHandler(clientLogCapture);
    }

    @AfterEach
    void noSecretAndNothingUnprintable() {
        Logger.getLogger("dev.tcgen").removeHandler(clientLogCapture);
        watch.close();
        String text = watch.text();
        assertEquals(List.of(), watch.leaks(FaultMatrixTest.SECRET_KEY, FaultMatrixTest.TOKEN), text);
        // What the client logs holds no control character. (The JDK's own FINE logs, which SecretWatch turns on,
        // quote a hostile status line raw: not ours to change.)
        synchronized (clientLog) {
            assertFalse(UNPRINTABLE.matcher(String.join(" ", clientLog)).find(), "unprintable text in the client's logs: " + clientLog);
        }
    }

    // ---- 1. forged successes and repeated keys ----

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.UnauthorizedOperation\",\"Message\":\"no\"},\"RequestId\":\"r-1\"},"
                + "\"Response\":{\"Calls\":[{\"RunId\":\"FORGED\"}],\"RequestId\":\"r-2\"}}",
        "{\"Response\":{\"Calls\":[{\"RunId\":\"FORGED\"}],\"RequestId\":\"r-2\"},"
                + "\"Response\":{\"Error\":{\"Code\":\"AuthFailure.UnauthorizedOperation\",\"Message\":\"no\"},\"RequestId\":\"r-1\"}}",
        "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.UnauthorizedOperation\",\"Message\":\"no\"},\"Error\":null,"
                + "\"Calls\":[{\"RunId\":\"FORGED\"}],\"RequestId\":\"r-1\"}}",
        "{\"Response\":{\"Error\":null,\"Error\":{\"Code\":\"AuthFailure.UnauthorizedOperation\",\"Message\":\"no\"},"
                + "\"Calls\":[{\"RunId\":\"FORGED\"}],\"RequestId\":\"r-1\"}}",
        "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.UnauthorizedOperation\",\"Code\":\"Forged\"},\"RequestId\":\"r-1\"}}",
        "{\"Response\":{\"Calls\":[],\"Calls\":[{\"RunId\":\"FORGED\"}],\"RequestId\":\"r-1\"}}",
        "{\"Response\":{\"Calls\":[],\"RequestId\":\"r-1\",\"Calls\":[{\"RunId\":\"FORGED\"}]}}",
        "{\"Response\":{\"RequestId\":\"r-1\",\"Calls\":[],\"Calls\":[{\"RunId\":\"FORGED\"}]}}",
        "{\"Response\":{\"RequestId\":\"r-1\",\"RequestId\":\"r-2\"}}",
        "{\"Response\":{\"Calls\":[{\"RunId\":\"run-1\",\"RunId\":\"FORGED\"}],\"RequestId\":\"r-1\"}}",
        "{\"Response\":{\"Calls\":[{\"RunId\":\"FORGED\",\"Meta\":{\"A\":1,\"A\":2}}],\"RequestId\":\"r-1\"}}"})
    void repeatedKeyAtAnyDepthInAnyOrderIsMalformed(String body) throws Exception {
        Outcome outcome = call(FaultServer.json(body), RETRIES);
        TencentCloudTransportException e = outcome.malformed();
        assertMentions(e, "HTTP 200 but the body repeats the key \"", "\" in one object, so which value counts is unclear");
    }

    @Test
    void repeatedKeyInAWideObjectIsMalformedAndSiblingsMayShareKeys() throws Exception {
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) {
            wide.append(i == 0 ? "" : ",").append("\"K").append(i).append("\":").append(i);
        }
        String siblings = "[" + CALL + "," + CALL + "," + CALL + "]";
        String wellFormed = "{\"Response\":{\"Calls\":" + siblings + ",\"Wide\":" + wide + "},\"RequestId\":\"r-1\"}}";
        Outcome read = call(FaultServer.json(wellFormed), RETRIES);
        assertNull(read.failure(), "10,000 distinct keys in one object, and sibling objects with the same keys");
        assertEquals(3, read.response().calls().size());
        String repeated = "{\"Response\":{\"Calls\":" + siblings + ",\"Wide\":" + wide + ",\"K9876\":0},\"RequestId\":\"r-1\"}}";
        assertMentions(call(FaultServer.json(repeated), RETRIES).malformed(), "repeats the key \"K9876\"");
    }

    @Test
    void errorNullAloneIsNoError() throws Exception {
        Outcome outcome = call(FaultServer.json("{\"Response\":{\"Error\":null,\"Calls\":[" + CALL + "],\"RequestId\":\"r-1\"}}"),
                RETRIES);
        assertNull(outcome.failure(), "only a repeated Error is a forgery");
        assertEquals("run-1", outcome.response().calls().get(0).runId());
    }

    @Test
    void contentAfterTheEnvelopeIsMalformed() throws Exception {
        Outcome outcome = call(FaultServer.json("{\"Response\":{\"RequestId\":\"r-1\"}} {\"Response\":{\"RequestId\":\"r-2\"}}"),
                RETRIES);
        assertMentions(outcome.malformed(), "HTTP 200 but the body is not valid JSON (content after the envelope's object)");
    }

    @Test
    void realErrorStillComesThroughAsTheApiError() throws Exception {
        Outcome outcome = call(FaultServer.json("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.UnauthorizedOperation\","
                + "\"Message\":\"not allowed\"},\"RequestId\":\"r-1\"}}"), RETRIES);
        TencentCloudException e = assertInstanceOf(TencentCloudException.class, outcome.failure());
        assertEquals("AuthFailure.UnauthorizedOperation", e.code());
        assertEquals("not allowed", e.getMessage());
        assertEquals("r-1", e.requestId());
        assertEquals(1, outcome.hits());
    }

    // ---- 2. strict UTF-8 ----

    @Test
    void overlongUtf8ThatWouldSpellDotDotSlashIsMalformed() throws Exception {
        Outcome outcome = call(FaultServer.reply(200, "application/json", bytes("{\"Response\":{\"Calls\":[{\"WorkDir\":\"",
                0xC0, 0xAE, 0xC0, 0xAE, 0xC0, 0xAF, "etc\"}],\"RequestId\":\"r-1\"}}")), RETRIES);
        assertMentions(outcome.malformed(), "HTTP 200 but the body is not valid UTF-8 (an overlong encoding at byte 34)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0 80|an overlong encoding", "E0 80 AF|an overlong encoding", "F0 80 80 AF|an overlong encoding",
        "ED A0 80|a surrogate encoded as UTF-8", "ED BF BF|a surrogate encoded as UTF-8", "F4 90 80 80|a code point above U+10FFFF",
        "F5 80 80 80|the byte 0xF5", "FF|the byte 0xFF", "80|the byte 0x80", "C3|an incomplete sequence", "E2 82|an incomplete sequence"})
    void invalidUtf8SequenceIsMalformed(String sequenceAndProblem) throws Exception {
        String[] parts = sequenceAndProblem.split("\\|");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("{\"Response\":{\"Calls\":[{\"WorkDir\":\"".getBytes(StandardCharsets.US_ASCII));
        for (String hex : parts[0].split(" ")) {
            body.write(Integer.parseInt(hex, 16));
        }
        body.write("\"}],\"RequestId\":\"r-1\"}}".getBytes(StandardCharsets.US_ASCII));
        Outcome outcome = call(FaultServer.reply(200, "application/json", body.toByteArray()), RETRIES);
        assertMentions(outcome.malformed(), "not valid UTF-8 (" + parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\uD800", "\\uDC00", "\\uD83D\\u0041", "x\\uDE00\\uD83D"})
    void unpairedSurrogateEscapeIsMalformed(String escapes) throws Exception {
        Outcome outcome = call(FaultServer.json("{\"Response\":{\"Calls\":[{\"WorkDir\":\"" + escapes + "\"}],\"RequestId\":\"r-1\"}}"),
                RETRIES);
        assertMentions(outcome.malformed(), "not valid UTF-8 (an unpaired surrogate escape \\uD");
    }

    @Test
    void wellFormedTextOfEveryLengthIsRead() throws Exception {
        String workDir = "/é/€/\uD83D\uDE00/\\\\uD800/\\uD83D\\uDE00";
        Outcome outcome = call(FaultServer.json("{\"Response\":{\"Calls\":[{\"WorkDir\":\"" + workDir + "\"}],\"RequestId\":\"r-1\"}}"),
                RETRIES);
        assertNull(outcome.failure());
        assertEquals("/é/€/\uD83D\uDE00/\\uD800/\uD83D\uDE00", outcome.response().calls().get(0).workDir());
    }

    // ---- 3. control characters in what the server says ----

    @Test
    void hostileCodeMessageAndRequestIdAreEscapedAndCutWhereTheyArePrinted() throws Exception {
        String code = "Forged\u001b[31m\u0007\u0000\r\nX-Log: " + "A".repeat(10_000);
        String message = "line one\r\n2026-01-01 INFO forged log line\u001b]0;title\u0007\u202eevil";
        String requestId = "r-1\r\nX-Injected: yes";
        Outcome outcome = call(FaultServer.json("{\"Response\":{\"Error\":{\"Code\":" + jsonString(code) + ",\"Message\":"
                + jsonString(message) + "},\"RequestId\":" + jsonString(requestId) + "}}"), RETRIES);
        TencentCloudException e = assertInstanceOf(TencentCloudException.class, outcome.failure());
        assertEquals(code, e.code(), "the raw code stays available");
        assertEquals(message, e.rawMessage());
        assertEquals(requestId, e.requestId());
        assertEquals("line one\\r\\n2026-01-01 INFO forged log line\\u001b]0;title\\u0007\\u202eevil", e.getMessage());
        String printed = e.toString();
        assertFalse(UNPRINTABLE.matcher(printed).find(), printed);
        assertTrue(printed.contains("failed with Forged\\u001b[31m\\u0007\\u0000\\r\\nX-Log: AAA"), printed);
        assertTrue(printed.contains("…(9"), "cut, saying how much was left out: " + printed);
        assertTrue(printed.length() < 1_600, printed.length() + " characters");
        assertTrue(printed.endsWith("(RequestId r-1\\r\\nX-Injected: yes)"), printed);
        assertNothingUnprintable(e);
    }

    @Test
    void gzipErrorPageIsCountedNotQuoted() throws Exception {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write("<html>bad gateway</html>".repeat(20).getBytes(StandardCharsets.UTF_8));
        }
        Outcome outcome = call(FaultServer.reply(502, "text/html", gzip.toByteArray()), RetryPolicy.none());
        TencentCloudTransportException e = outcome.transport();
        assertEquals(Kind.HTTP_STATUS, e.kind());
        assertMentions(e, "HTTP 502, body: " + gzip.size() + " bytes of binary data");
        assertNothingUnprintable(e);
    }

    @Test
    void htmlErrorPageWithTerminalEscapesIsEscaped() throws Exception {
        Outcome outcome = call(FaultServer.reply(503, "text/html",
                "<html>\u001b[2J\u001b[1;1H\u0007overloaded\u2028</html>".getBytes(StandardCharsets.UTF_8)), RetryPolicy.none());
        TencentCloudTransportException e = outcome.transport();
        assertMentions(e, "HTTP 503, body: <html>\\u001b[2J\\u001b[1;1H\\u0007overloaded\\u2028</html>");
        assertNothingUnprintable(e);
    }

    @Test
    void repeatedKeyHoldingControlCharactersIsQuotedEscaped() throws Exception {
        Outcome outcome = call(FaultServer.json("{\"Response\":{\"Calls\":[{\"RunId\":\"a\",\"X\\u001b[31m\\n\":1,"
                + "\"X\\u001b[31m\\n\":2}],\"RequestId\":\"r-1\"}}"), RETRIES);
        TencentCloudTransportException e = outcome.malformed();
        assertMentions(e, "repeats the key \"X\\u001b[31m\\n\"");
        assertNothingUnprintable(e);
    }

    @Test
    void aValueOfTheWrongKindIsNamedByItsPathNeverQuoted() throws Exception {
        Outcome outcome = call(FaultServer.json("{\"Response\":{\"Calls\":[{\"CallCached\":\"\\u001b[31mtrue\\r\\n\"}],"
                + "\"RequestId\":\"r-1\"}}"), RETRIES);
        TencentCloudTransportException e = outcome.malformed();
        assertMentions(e, "/Calls/0/CallCached is a string, not a boolean");
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            assertFalse(cause.getMessage().contains("true"), "the server's text is quoted in: " + cause.getMessage());
        }
        assertNothingUnprintable(e);
    }

    @Test
    void controlCharacterInAStatusLineIsEscaped() throws Exception {
        FaultServer.Script script = (request, socket, out) -> out.write(
                "HTTP/1.1 2\u001b[31m00 OK\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.ISO_8859_1));
        Outcome outcome = call(script, RetryPolicy.none());
        TencentCloudTransportException e = outcome.transport();
        assertNothingUnprintable(e);
    }

    // ---- 4. a Content-Length that is not a length ----

    @ParameterizedTest
    @ValueSource(strings = {"abc", "99999999999999999999", "-5", "12 34"})
    void contentLengthThatIsNotALengthIsMalformedSyncAndAsync(String length) throws Exception {
        FaultServer.Script script = (request, socket, out) -> {
            FaultServer.head(out, 200, "application/json", "Content-Length: " + length);
            out.write("{\"Response\":{\"RequestId\":\"r-1\"}}".getBytes(StandardCharsets.UTF_8));
        };
        for (boolean async : new boolean[] {false, true}) {
            Outcome outcome = call(script, RETRIES, async);
            TencentCloudTransportException e = outcome.malformed();
            assertMentions(e, "the answer's Content-Length header is not a length (", "\"" + length + "\")");
        }
    }

    // ---- 7. lenient reading ----

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"Calls\":[null],\"RequestId\":\"r-1\"}|/Calls/0 is null; a list may not hold null",
        "{\"Calls\":[" + CALL + ",null],\"RequestId\":\"r-1\"}|/Calls/1 is null; a list may not hold null",
        "{\"Calls\":[{\"CallCached\":2}],\"RequestId\":\"r-1\"}|/Calls/0/CallCached is an integer, not a boolean",
        "{\"Calls\":[{\"CallCached\":0}],\"RequestId\":\"r-1\"}|not a boolean",
        "{\"Calls\":[{\"CallCached\":\"true\"}],\"RequestId\":\"r-1\"}|is a string, not a boolean",
        "{\"Calls\":[{\"CallCached\":\"\"}],\"RequestId\":\"r-1\"}|is a string, not a boolean",
        "{\"Calls\":[{\"Attempts\":\"3\"}],\"RequestId\":\"r-1\"}|is a string, not an integer",
        "{\"Calls\":[{\"Attempts\":1.5}],\"RequestId\":\"r-1\"}|is a number with a fraction, not an integer",
        "{\"Calls\":[{\"Attempts\":1.0}],\"RequestId\":\"r-1\"}|is a number with a fraction, not an integer",
        "{\"Calls\":[{\"Attempts\":true}],\"RequestId\":\"r-1\"}|is a boolean, not an integer",
        "{\"Calls\":[{\"Attempts\":9223372036854775808}],\"RequestId\":\"r-1\"}|out of range of long",
        "{\"Calls\":[{\"Size\":99999999999999999999}],\"RequestId\":\"r-1\"}|out of range of long",
        "{\"Calls\":[{\"Progress\":\"0.5\"}],\"RequestId\":\"r-1\"}|/Calls/0/Progress is a string, not a number",
        "{\"Calls\":[{\"RunId\":123}],\"RequestId\":\"r-1\"}|/Calls/0/RunId is an integer, not a string",
        "{\"Calls\":[{\"RunId\":false}],\"RequestId\":\"r-1\"}|is a boolean, not a string",
        "{\"Calls\":[{\"RunId\":{}}],\"RequestId\":\"r-1\"}|is an object, not a string",
        "{\"Calls\":[\"x\"],\"RequestId\":\"r-1\"}|/Calls/0 is a string, not an object",
        "{\"Calls\":{\"RunId\":\"x\"},\"RequestId\":\"r-1\"}|/Calls is an object, not an array"})
    void valueOfTheWrongKindIsMalformed(String payloadAndType) throws Exception {
        String[] parts = payloadAndType.split("\\|");
        Outcome outcome = call(FaultServer.json("{\"Response\":" + parts[0] + "}"), RETRIES);
        TencentCloudTransportException e = outcome.malformed();
        assertMentions(e, "HTTP 200 but the response does not fit RunsResponse", parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"Calls\":[]}", "{\"RequestId\":null}", "{\"RequestId\":5}", "{\"RequestId\":[\"r-1\"]}"})
    void answerWithoutAStringRequestIdIsMalformed(String payload) throws Exception {
        Outcome outcome = call(FaultServer.json("{\"Response\":" + payload + "}"), RETRIES);
        TencentCloudTransportException e = outcome.malformed();
        assertTrue(e.getMessage().contains("Response has no RequestId") || e.getMessage().contains("Response.RequestId is "),
                e.getMessage());
    }

    @Test
    void wellFormedAnswerOfEveryKindIsRead() throws Exception {
        Outcome outcome = call(FaultServer.json("{\"Response\":{\"Calls\":[" + CALL + ",{\"Progress\":1}],\"Other\":[1,{\"A\":null}],"
                + "\"RequestId\":\"r-1\"},\"Extra\":true}"), RETRIES);
        assertNull(outcome.failure());
        RunsClient.RunCall first = outcome.response().calls().get(0);
        assertEquals(new RunsClient.RunCall("run-1", true, "/work", 1L, 5L, 0.5), first);
        assertEquals(1.0, outcome.response().calls().get(1).progress(), "an integer is a number like any other");
        assertEquals("r-1", outcome.response().requestId());
    }

    // ---- harness ----

    private Outcome call(FaultServer.Script script, RetryPolicy retries) throws Exception {
        return call(script, retries, false);
    }

    private Outcome call(FaultServer.Script script, RetryPolicy retries, boolean async) throws Exception {
        try (FaultServer server = new FaultServer(script); RunsClient client = RunsClient.of(server.endpoint(), retries)) {
            RunsClient.RunsResponse response = null;
            Throwable failure = null;
            try {
                response = async ? client.getRunCallsAsync("run-1").join() : client.getRunCalls("run-1");
            } catch (CompletionException e) {
                failure = e.getCause();
            } catch (RuntimeException e) {
                failure = e;
            }
            if (failure != null) {
                watch.record(failure);
            } else {
                watch.record("outcome", "GetRunCalls succeeded");
                assertNotNull(response);
            }
            return new Outcome(response, failure, server.hits());
        }
    }

    /** Message, toString() and the whole chain as a log prints it (stack trace with causes) are printable. */
    private static void assertNothingUnprintable(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String text = trace.toString().replace(System.lineSeparator(), " ").replace("\t", " ");
        assertFalse(UNPRINTABLE.matcher(text).find(), text);
        assertTrue(UNPRINTABLE.matcher(e.getMessage()).results().count() == 0, e.getMessage());
    }

    private static void assertMentions(Throwable e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    /** {@code text} as a JSON string with control characters as escapes, so that the JSON itself is valid. */
    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static byte[] bytes(Object... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }
}
