package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.CredentialsException;
import dev.tcgen.client.core.CredentialsProvider;
import dev.tcgen.client.core.EnvironmentCredentialsProvider;
import dev.tcgen.client.core.ProfileCredentialsProvider;
import dev.tcgen.client.core.RetryPolicy;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.testing.OmicsSpec;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives every failure path with distinctive secret keys, capturing exceptions (with their causes), toString()
 * output, all log records at every level and the standard streams; no secret key may appear in any of it.
 */
@Timeout(60)
class SecretsTest {

    private static final String WRONG_KEY = "wrongKey-SECRET-5d2f9e0b8a7c";
    private static final GetRunCallsRequest REQUEST = GetRunCallsRequest.builder().runUuid("u").path("/").build();

    private final StringBuilder seen = new StringBuilder();
    private final List<Logger> loggers = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (seen) {
                seen.append(new SimpleFormatter().format(record)).append('\n');
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final ByteArrayOutputStream streams = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private FakeTencentCloud server;

    @BeforeEach
    void capture() throws Exception {
        for (String name : new String[] {"", "dev.tcgen", "jdk.internal.httpclient", "com.sun.net.httpserver"}) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.ALL);
            loggers.add(logger);
        }
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        originalOut = System.out;
        originalErr = System.err;
        PrintStream both = new PrintStream(streams, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        server = OmicsSpec.fakeTencentCloud();
    }

    @AfterEach
    void restore() {
        server.close();
        System.setOut(originalOut);
        System.setErr(originalErr);
        Logger.getLogger("").removeHandler(capture);
        for (Logger logger : loggers) {
            logger.setLevel(null);
        }
        Logger.getLogger("").setLevel(Level.INFO);
    }

    @Test
    void noSecretKeyInExceptionsToStringsLogsOrOutput(@TempDir Path home) throws Exception {
        RetryPolicy quickRetries = RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(2)).build();
        Credentials good = Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY);
        Credentials temporary = Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY, "token-SECRET-1");
        record("credentials", good);
        record("temporary credentials", temporary);
        record("fixed provider", CredentialsProvider.of(good));

        try (OmicsClient client = client(good, server.endpoint(), quickRetries)) {
            record("client", client);
            server.handler((request, number) -> number % 2 == 1
                    ? Reply.apiError("RequestLimitExceeded", "slow down", request.requestId())
                    : Reply.success(request.requestId()));
            record("response", client.getRunCalls(REQUEST));
            server.handler((request, number) -> Reply.status(502, "text/html", "<html>bad gateway</html>"));
            failure(() -> client.getRunCalls(REQUEST));
            server.handler((request, number) -> Reply.json("{\"Response\": {\"Calls\": ["));
            failure(() -> client.getRunCalls(REQUEST));
            server.handler((request, number) -> Reply.apiError("InvalidParameter", "bad", request.requestId()));
            failure(() -> client.getRunCalls(REQUEST));
            failure(() -> client.getRunCallsAsync(REQUEST).join());
        }
        try (OmicsClient wrong = client(Credentials.of(FakeTencentCloud.SECRET_ID, WRONG_KEY), server.endpoint(), quickRetries)) {
            failure(() -> wrong.getRunCalls(REQUEST));
        }
        server.handler((request, number) -> Reply.hang());
        try (OmicsClient impatient = OmicsClient.builder().credentials(good).endpoint(server.endpoint())
                .readTimeout(Duration.ofMillis(200)).retryPolicy(quickRetries).build()) {
            failure(() -> impatient.getRunCalls(REQUEST));
        }
        try (OmicsClient nobody = client(good, URI.create("http://127.0.0.1:" + FakeTencentCloud.closedPort()), quickRetries)) {
            failure(() -> nobody.getRunCalls(REQUEST));
        }

        Path file = home.resolve(".tencentcloud").resolve("credentials");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[default]\nsecret_key = " + FakeTencentCloud.SECRET_KEY + "\n");
        failure(() -> ProfileCredentialsProvider.inHome(home).credentials());
        failure(() -> new EnvironmentCredentialsProvider(Map.of("TENCENTCLOUD_SECRET_KEY", FakeTencentCloud.SECRET_KEY)::get)
                .credentials());
        failure(() -> Credentials.of("", FakeTencentCloud.SECRET_KEY));

        String everything;
        synchronized (seen) {
            everything = seen + streams.toString(StandardCharsets.UTF_8);
        }
        assertTrue(everything.contains("retrying in"), "debug logs were captured: the check below has material");
        assertTrue(everything.contains("AuthFailure.SignatureFailure"));
        assertTrue(everything.contains(CredentialsException.class.getSimpleName()));
        for (String secret : new String[] {FakeTencentCloud.SECRET_KEY, WRONG_KEY, "token-SECRET-1"}) {
            assertFalse(everything.contains(secret), "a secret leaked:\n" + everything);
        }
    }

    private void record(String what, Object value) {
        synchronized (seen) {
            seen.append(what).append(": ").append(value).append('\n');
        }
    }

    private void failure(org.junit.jupiter.api.function.Executable call) {
        Throwable e = assertThrows(Throwable.class, call);
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        synchronized (seen) {
            seen.append(e.getMessage()).append('\n').append(e).append('\n').append(trace).append('\n');
        }
    }

    private static OmicsClient client(Credentials credentials, URI endpoint, RetryPolicy retries) {
        return OmicsClient.builder().credentials(credentials).endpoint(endpoint).retryPolicy(retries).build();
    }
}
