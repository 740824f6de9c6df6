package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.RetryPolicy;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.omics.v20221128.OmicsException;
import dev.tcgen.client.testing.OmicsSpec;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The spec's per-action limit (GetRunCalls: 20/s) is kept client-side across threads, against a server that
 * rejects any call beyond the limit within a sliding second. Retries are off, so a rejection would surface.
 */
@Timeout(60)
class RateLimitTest {

    private static final int CALLS = 200;
    private static final int THREADS = 16;

    @Test
    void twoHundredCallsFromSixteenThreadsAllSucceed() throws Exception {
        try (FakeTencentCloud server = OmicsSpec.fakeTencentCloud(); OmicsClient client = client(server, true)) {
            List<Throwable> failures = burst(client, CALLS);
            assertEquals(List.of(), failures);
            assertEquals(0, server.rejectedForRate());
            assertEquals(CALLS, server.received().size());
        }
    }

    @Test
    void withoutTheLimiterTheSameServerRejectsABurst() throws Exception {
        try (FakeTencentCloud server = OmicsSpec.fakeTencentCloud(); OmicsClient client = client(server, false)) {
            List<Throwable> failures = burst(client, 60);
            assertTrue(server.rejectedForRate() > 0, "the server enforces the limit, so the test above can fail");
            for (Throwable failure : failures) {
                assertEquals("RequestLimitExceeded", ((OmicsException) failure).code());
            }
            assertEquals(server.rejectedForRate(), failures.size());
        }
    }

    private static List<Throwable> burst(OmicsClient client, int calls) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                GetRunCallsRequest request = GetRunCallsRequest.builder().runUuid("run-" + i).path("/").build();
                futures.add(pool.submit(() -> client.getRunCalls(request)));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    private static OmicsClient client(FakeTencentCloud server, boolean rateLimit) {
        return OmicsClient.builder()
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                .endpoint(server.endpoint())
                .retryPolicy(RetryPolicy.none())
                .rateLimit(rateLimit)
                .build();
    }
}
