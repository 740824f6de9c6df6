package dev.tcgen.runtime.callpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.runtime.CallOptions;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.TencentCloudException;
import dev.tcgen.runtime.TencentCloudSdkException;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Adaptive rate limiting against a local server that allows 20 calls in any second and answers
 * {@code RequestLimitExceeded} above that: 16 threads call an action without a documented rate as fast as they can
 * for a few seconds, once with adaptive limiting off and once on, and the share of throttled answers is compared,
 * over the whole run (the server's count) and after the first second (the callers' count), when the burst of the
 * start, which no client-side limiter can foresee, is over.
 */
@Timeout(60)
class AdaptiveRateLimitTest {
    private static final int SERVER_LIMIT = 20;
    private static final int THREADS = 16;
    private static final Duration RUN = Duration.ofSeconds(5);
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    /**
     * What one run got: the server's count of requests and throttles over the whole run, and the answers the callers
     * got after the warm-up (succeeded or throttled).
     */
    record Figures(int requests, int throttled, int answeredLater, int throttledLater, int succeeded) {
        double throttledShare() {
            return requests == 0 ? 0 : (double) throttled / requests;
        }

        double throttledShareLater() {
            return answeredLater == 0 ? 0 : (double) throttledLater / answeredLater;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d requests, %d throttled (%.1f %%), %d succeeded; after the first second"
                    + " %d answers, %d throttled (%.1f %%)", requests, throttled, 100 * throttledShare(), succeeded,
                    answeredLater, throttledLater, 100 * throttledShareLater());
        }
    }

    @Test
    void sixteenThreadsStopTrippingAServerThatLimits() throws Exception {
        Figures off = run(false);
        Figures on = run(true);
        System.out.println("adaptive rate limiting, 16 threads, " + RUN.toSeconds() + " s, server limit " + SERVER_LIMIT
                + "/s: off: " + off + "; on: " + on);
        assertTrue(off.throttledShareLater() > 0.5, "without adaptive limiting the server is tripped all the time: " + off);
        assertTrue(on.throttledShare() < off.throttledShare(), "adaptive: " + on + " vs off: " + off);
        assertTrue(on.throttledShareLater() < off.throttledShareLater() / 2, "adaptive: " + on + " vs off: " + off);
        assertTrue(on.succeeded() >= 2 * SERVER_LIMIT, "and still gets work done: " + on);
    }

    private static Figures run(boolean adaptive) throws Exception {
        try (FakeTencentCloud server = new FakeTencentCloud(PingClient.SERVICE, PingClient.VERSION, SERVER_LIMIT);
                PingClient client = PingClient.builder()
                        .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                        .endpoint(server.endpoint())
                        .retryPolicy(RetryPolicy.none()) // one request per call: the server's count is the client's
                        .adaptiveRateLimit(adaptive)
                        .build()) {
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            long start = System.nanoTime();
            long later = start + WARM_UP.toNanos();
            long end = start + RUN.toNanos();
            List<Future<int[]>> workers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                workers.add(threads.submit(() -> {
                    int[] counts = new int[3]; // succeeded, answered later, throttled later
                    for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
                        boolean throttled;
                        try {
                            client.describePings(new PingRequest("t"), CallOptions.builder().timeout(Duration.ofNanos(left)).build());
                            counts[0]++;
                            throttled = false;
                        } catch (TencentCloudException e) {
                            throttled = e.code().equals("RequestLimitExceeded");
                        } catch (TencentCloudSdkException e) {
                            break; // the client's rate leaves this thread no slot before the run ends
                        }
                        if (System.nanoTime() > later) {
                            counts[1]++;
                            counts[2] += throttled ? 1 : 0;
                        }
                    }
                    return counts;
                }));
            }
            int[] totals = new int[3];
            for (Future<int[]> worker : workers) {
                int[] counts = worker.get(RUN.toSeconds() + 20, TimeUnit.SECONDS);
                for (int i = 0; i < totals.length; i++) {
                    totals[i] += counts[i];
                }
            }
            threads.shutdown();
            assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
            assertEquals(0, server.rejectedForSignature());
            return new Figures(server.hits(), server.rejectedForRate(), totals[1], totals[2], totals[0]);
        }
    }
}
