package dev.tcgen.client.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each stage the benchmark times does the work of a real call, so that its allocation is the call's. */
class CallStagesBenchmarkTest {

    @Test
    void eachStageDoesWhatACallDoes() throws Exception {
        CallStagesBenchmark benchmark = new CallStagesBenchmark();
        benchmark.spec = "../spec/omics/2022-11-28.yaml";
        benchmark.setUp();
        try {
            String body = new String(benchmark.prepare().body(), StandardCharsets.UTF_8);
            assertTrue(body.contains("\"RunUuid\":\"84232c68-a016-4668-b2e3-168a175d6f29\""), body);

            HttpRequest signed = benchmark.sign();
            assertTrue(signed.headers().firstValue("Authorization").orElseThrow().startsWith("TC3-HMAC-SHA256 Credential="));
            assertEquals("GetRunCalls", signed.headers().firstValue("X-TC-Action").orElseThrow());

            var response = benchmark.read();
            assertEquals(1, response.calls().size());
            assertEquals("ed4199e3-3513-444e-9090-3413fd6d3e44", response.calls().get(0).runId());
        } finally {
            benchmark.close();
        }
    }
}
