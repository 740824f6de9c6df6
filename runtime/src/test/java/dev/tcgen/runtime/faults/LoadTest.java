package dev.tcgen.runtime.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingRequest;
import dev.tcgen.runtime.testing.PingResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 20,000 asynchronous calls from 32 threads against a local server that echoes each request's Token back
 * (as RequestId and as its one echo), rate limiting and retries off: every call must complete with its own
 * answer, the server must have seen each exactly once, the heap after garbage collection must stay flat after
 * warm-up, and no thread or socket may outlive the closed client. The timeout only guards against hangs.
 */
@Timeout(180)
class LoadTest {

    private static final int CALLS = 20_000;
    private static final int SENDERS = 32;
    private static final int ROUNDS = 10;
    private static final int WARM_UP_ROUNDS = 2;
    /** At most this many calls wait for an answer at once: bounds the connections the client opens. */
    private static final int IN_FLIGHT = 64;
    /** Growth of the collected heap allowed after warm-up: a leak of one kilobyte per call would exceed it. */
    private static final long HEAP_GROWTH_BOUND = 12L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twentyThousandAsyncCallsFromThirtyTwoThreads() throws Exception {
        Leaks.Snapshot before = Leaks.snapshot();
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        ExecutorService serverThreads = Executors.newFixedThreadPool(8);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> echo(exchange, served));
        server.start();
        List<Long> heap;
        Result result;
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            heap = new ArrayList<>();
            result = send(endpoint, heap);
        } finally {
            server.stop(0);
            serverThreads.shutdownNow();
        }

        assertEquals(List.of(), result.failures(), "calls that failed");
        assertEquals(List.of(), result.mismatches(), "answers that belong to another call");
        assertEquals(CALLS, result.matched(), "calls answered with their own token");
        assertEquals(CALLS, served.get(), "requests the server answered: each call exactly once");
        long afterWarmUp = heap.get(WARM_UP_ROUNDS);
        long highest = heap.subList(WARM_UP_ROUNDS, heap.size()).stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(highest - afterWarmUp < HEAP_GROWTH_BOUND, "heap after GC by round (bytes): " + heap);
        Leaks.assertReleasedSince(before, Duration.ofSeconds(20));
    }

    private record Result(int matched, List<String> failures, List<String> mismatches) {}

    /** All calls in rounds; the collected heap is measured after each round. The client is closed on return. */
    private static Result send(URI endpoint, List<Long> heap) throws Exception {
        AtomicInteger matched = new AtomicInteger();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try (PingClient client = PingClient.builder()
                .credentials(Credentials.of(FaultMatrixTest.SECRET_ID, FaultMatrixTest.SECRET_KEY))
                .endpoint(endpoint)
                .rateLimit(false)
                .retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofSeconds(30))
                .build()) {
            int perRound = CALLS / ROUNDS;
            for (int round = 0; round < ROUNDS; round++) {
                AtomicInteger next = new AtomicInteger(round * perRound);
                int end = (round + 1) * perRound;
                CountDownLatch answered = new CountDownLatch(perRound);
                List<Future<?>> tasks = new ArrayList<>();
                for (int s = 0; s < SENDERS; s++) {
                    tasks.add(senders.submit(() -> {
                        for (int n = next.getAndIncrement(); n < end; n = next.getAndIncrement()) {
                            inFlight.acquire();
                            String token = "ping-" + n;
                            client.pingAsync(new PingRequest(token))
                                    .whenComplete((response, failure) -> {
                                        try {
                                            check(token, response, failure, matched, failures, mismatches);
                                        } finally {
                                            inFlight.release();
                                            answered.countDown();
                                        }
                                    });
                        }
                        return null;
                    }));
                }
                for (Future<?> task : tasks) {
                    task.get();
                }
                answered.await();
                heap.add(collectedHeap());
            }
        } finally {
            senders.shutdownNow();
        }
        return new Result(matched.get(), List.copyOf(failures).subList(0, Math.min(failures.size(), 5)),
                List.copyOf(mismatches).subList(0, Math.min(mismatches.size(), 5)));
    }

    private static void check(String token, PingResponse response, Throwable failure, AtomicInteger matched,
            Queue<String> failures, Queue<String> mismatches) {
        if (failure != null) {
            failures.add(token + ": " + failure);
        } else if (token.equals(response.requestId()) && response.echoes().size() == 1
                && token.equals(response.echoes().get(0).token())) {
            matched.incrementAndGet();
        } else {
            mismatches.add(token + " got " + response);
        }
    }

    /** Answers with the request's Token as RequestId and as its one echo. */
    private static void echo(HttpExchange exchange, AtomicInteger served) throws IOException {
        try (exchange) {
            String token = JSON.readTree(exchange.getRequestBody().readAllBytes()).path("Token").asText();
            byte[] body = ("{\"Response\":{\"Echoes\":[{\"Token\":\"" + token + "\"}],\"RequestId\":\""
                    + token + "\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            served.incrementAndGet();
        }
    }

    private static long collectedHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
