package it.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.dependency.client.omics.v20221128.GetRunCallsResponse;
import it.dependency.client.omics.v20221128.OmicsSandbox;
import org.junit.jupiter.api.Test;

class RunCallsTest {

    @Test
    void aSignedCallReachesTheSandboxFromTheTestSources() {
        try (OmicsSandbox sandbox = OmicsSandbox.builder()
                .answer("GetRunCalls", "{\"RunUuid\": \"r-1\", \"Path\": \"/\"}",
                        "{\"Calls\": [{\"RunId\": \"r-1\", \"CallName\": \"main\"}]}")
                .start()) {
            GetRunCallsResponse response = RunCalls.root(sandbox.endpoint(), sandbox.credentials(), "r-1");

            assertEquals("main", response.calls().get(0).callName());
            assertEquals(1, sandbox.requestCount());
        }
    }
}
